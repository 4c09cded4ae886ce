using GoTrs.Domain.Common;

namespace GoTrs.Domain.Tickets;

/// <summary>Time units booked on a ticket, optionally through one of its articles.</summary>
public sealed class TimeAccounting : AuditedEntity
{
    public long Id { get; set; }
    public long TicketId { get; set; }
    public long? ArticleId { get; set; }
    public decimal TimeUnit { get; set; }
}
