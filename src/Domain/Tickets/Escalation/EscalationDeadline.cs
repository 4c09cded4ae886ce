using GoTrs.Domain.Common;

namespace GoTrs.Domain.Tickets.Escalation;

public enum EscalationKind
{
    Response,
    Update,
    Solution,
}

/// <summary>
/// One running escalation: the clock started at <see cref="Start"/> and escalates at <see cref="Due"/>;
/// <see cref="NotifyAt"/> is when the configured share of the business time is used up (null when none is set).
/// </summary>
public sealed record EscalationDeadline(EscalationKind Kind, DateTimeOffset Start, DateTimeOffset Due, DateTimeOffset? NotifyAt)
{
    public int DueEpoch => EpochTime.FromDateTime(Due);
}
