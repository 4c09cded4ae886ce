namespace GoTrs.Domain.Tickets.Escalation;

/// <summary>The running escalations of one ticket; a null deadline is stored as 0.</summary>
public sealed record EscalationResult(EscalationDeadline? Response, EscalationDeadline? Update, EscalationDeadline? Solution)
{
    public static EscalationResult None { get; } = new(null, null, null);

    public int ResponseEpoch => Response?.DueEpoch ?? 0;
    public int UpdateEpoch => Update?.DueEpoch ?? 0;
    public int SolutionEpoch => Solution?.DueEpoch ?? 0;

    /// <summary>The nearest of the three, 0 when none runs.</summary>
    public int EscalationEpoch =>
        new[] { ResponseEpoch, UpdateEpoch, SolutionEpoch }.Where(e => e != 0).DefaultIfEmpty(0).Min();

    public IEnumerable<EscalationDeadline> Deadlines => new[] { Response, Update, Solution }.OfType<EscalationDeadline>();

    public bool Matches(Ticket ticket) =>
        ticket.EscalationResponseTimeEpoch == ResponseEpoch && ticket.EscalationUpdateTimeEpoch == UpdateEpoch
        && ticket.EscalationSolutionTimeEpoch == SolutionEpoch && ticket.EscalationTimeEpoch == EscalationEpoch;
}
