using GoTrs.Domain.Common;

namespace GoTrs.Domain.Tickets;

/// <summary>
/// One line of a ticket's audit trail. <see cref="Name"/> is usually a "%%"-separated argument list the UI formats;
/// type, queue, owner, priority and state are snapshots of the ticket at that moment.
/// </summary>
public sealed class TicketHistory : AuditedEntity
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
    public int HistoryTypeId { get; set; }
    public long TicketId { get; set; }
    public long? ArticleId { get; set; }
    public int TypeId { get; set; }
    public int QueueId { get; set; }
    public int OwnerId { get; set; }
    public int PriorityId { get; set; }
    public int StateId { get; set; }
}
