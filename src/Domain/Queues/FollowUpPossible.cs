using GoTrs.Domain.Common;

namespace GoTrs.Domain.Queues;

/// <summary>What a follow-up to a closed ticket does: 1 possible (reopen), 2 reject, 3 new ticket.</summary>
public sealed class FollowUpPossible : NamedLookup
{
    public const int Possible = 1;
    public const int Reject = 2;
    public const int NewTicket = 3;

    public string? Comments { get; set; }
}
