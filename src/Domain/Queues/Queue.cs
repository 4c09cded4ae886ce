using GoTrs.Domain.Common;

namespace GoTrs.Domain.Queues;

/// <summary>A queue. Its hierarchy lives in the name ("Parent::Child"); its group decides who may work in it.</summary>
public sealed class Queue : AuditedEntity
{
    public const string PathSeparator = "::";

    public int Id { get; set; }
    public string Name { get; set; } = "";
    public int GroupId { get; set; }
    public int? UnlockTimeout { get; set; }
    public int? FirstResponseTime { get; set; }
    public int? FirstResponseNotify { get; set; }
    public int? UpdateTime { get; set; }
    public int? UpdateNotify { get; set; }
    public int? SolutionTime { get; set; }
    public int? SolutionNotify { get; set; }
    public int SystemAddressId { get; set; }
    public string? CalendarName { get; set; }
    public string? DefaultSignKey { get; set; }
    public int SalutationId { get; set; }
    public int SignatureId { get; set; }
    public int FollowUpId { get; set; }
    public int FollowUpLock { get; set; }
    public string? Comments { get; set; }
    public int ValidId { get; set; } = Validity.Valid;

    /// <summary>The parent queue's full name, or null for a top-level queue.</summary>
    public string? ParentName
    {
        get
        {
            var cut = Name.LastIndexOf(PathSeparator, StringComparison.Ordinal);
            return cut < 0 ? null : Name[..cut];
        }
    }
}
