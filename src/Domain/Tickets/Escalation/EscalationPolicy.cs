using GoTrs.Domain.Queues;
using GoTrs.Domain.Services;

namespace GoTrs.Domain.Tickets.Escalation;

/// <summary>
/// The escalation settings a ticket runs under: minutes per kind (null or 0 = that kind does not escalate), notify
/// thresholds in percent of those minutes, and the business calendar's name.
/// </summary>
public sealed record EscalationPolicy(
    int? FirstResponseMinutes, int? FirstResponseNotify,
    int? UpdateMinutes, int? UpdateNotify,
    int? SolutionMinutes, int? SolutionNotify,
    string? CalendarName)
{
    public static EscalationPolicy None { get; } = new(null, null, null, null, null, null, null);

    /// <summary>An SLA replaces the queue's settings as a whole, calendar included.</summary>
    public static EscalationPolicy For(Queue? queue, Sla? sla) => sla is not null
        ? new(sla.FirstResponseTime, sla.FirstResponseNotify, sla.UpdateTime, sla.UpdateNotify,
            sla.SolutionTime, sla.SolutionNotify, sla.CalendarName)
        : queue is not null
            ? new(queue.FirstResponseTime, queue.FirstResponseNotify, queue.UpdateTime, queue.UpdateNotify,
                queue.SolutionTime, queue.SolutionNotify, queue.CalendarName)
            : None;
}
