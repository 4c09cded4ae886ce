using GoTrs.Domain.Common;

namespace GoTrs.Domain.Mail;

/// <summary>Assigns an auto response to a queue (at most one per response type, enforced by code, not the database).</summary>
public sealed class QueueAutoResponse : AuditedEntity
{
    public int Id { get; set; }
    public int QueueId { get; set; }
    public int AutoResponseId { get; set; }
}
