using GoTrs.Domain.Common;

namespace GoTrs.Domain.Templates;

/// <summary>Offers a template in a queue.</summary>
public sealed class QueueStandardTemplate : AuditedEntity
{
    public int QueueId { get; set; }
    public int StandardTemplateId { get; set; }
}
