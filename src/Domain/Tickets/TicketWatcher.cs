using GoTrs.Domain.Common;

namespace GoTrs.Domain.Tickets;

/// <summary>An agent subscribed to a ticket's notifications.</summary>
public sealed class TicketWatcher : AuditedEntity
{
    public long TicketId { get; set; }
    public int UserId { get; set; }
}
