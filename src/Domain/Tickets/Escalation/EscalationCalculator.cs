using GoTrs.Domain.Calendars;

namespace GoTrs.Domain.Tickets.Escalation;

/// <summary>
/// When a ticket escalates. Response runs from creation until an agent first answers the customer; update runs from
/// the customer's last contact (or creation) until an agent answers it, and rests while the ticket waits in a pending
/// state; solution runs from creation until the ticket is closed. Minutes count in the policy's business calendar.
/// </summary>
public static class EscalationCalculator
{
    public static EscalationResult Calculate(EscalationFacts ticket, EscalationPolicy policy, BusinessCalendar calendar)
    {
        if (ticket.StateType is TicketStateType.Closed or TicketStateType.Merged or TicketStateType.Removed)
            return EscalationResult.None;

        var response = ticket.Articles.Any(a => a.IsAgentAnswer)
            ? null
            : Deadline(EscalationKind.Response, ticket.CreatedAt, policy.FirstResponseMinutes, policy.FirstResponseNotify, calendar);

        // Pending means the ticket waits for the customer, so no update is owed meanwhile.
        var update = TicketStateType.IsPending(ticket.StateType) || UnansweredContactSince(ticket) is not { } contact
            ? null
            : Deadline(EscalationKind.Update, contact, policy.UpdateMinutes, policy.UpdateNotify, calendar);

        var solution = Deadline(EscalationKind.Solution, ticket.CreatedAt, policy.SolutionMinutes, policy.SolutionNotify, calendar);
        return new EscalationResult(response, update, solution);
    }

    /// <summary>The customer's last contact if no agent answered after it; creation counts as the first contact.</summary>
    private static DateTimeOffset? UnansweredContactSince(EscalationFacts ticket) =>
        ticket.Articles.LastOrDefault(a => a.IsAgentAnswer || a.IsCustomerContact) switch
        {
            null => ticket.CreatedAt,
            { IsAgentAnswer: true } => null,
            var customer => customer.CreatedAt,
        };

    private static EscalationDeadline? Deadline(
        EscalationKind kind, DateTimeOffset start, int? minutes, int? notifyPercent, BusinessCalendar calendar)
    {
        if (minutes is not > 0) return null;
        var due = calendar.AddBusinessMinutes(start, minutes.Value);
        DateTimeOffset? notifyAt = notifyPercent is > 0 and < 100
            ? calendar.AddBusinessMinutes(start, minutes.Value * notifyPercent.Value / 100)
            : null;
        return new EscalationDeadline(kind, start, due, notifyAt);
    }
}
