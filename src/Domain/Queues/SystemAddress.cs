using GoTrs.Domain.Common;

namespace GoTrs.Domain.Queues;

/// <summary>A sender address (OTRS table <c>system_address</c>): value0 is the address, value1 the display name.</summary>
public sealed class SystemAddress : AuditedEntity
{
    public int Id { get; set; }
    public string Address { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string? Value2 { get; set; }
    public string? Value3 { get; set; }
    public int QueueId { get; set; }
    public string? Comments { get; set; }
    public int ValidId { get; set; } = Validity.Valid;
}
