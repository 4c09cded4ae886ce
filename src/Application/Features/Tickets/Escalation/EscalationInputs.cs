using GoTrs.Application.Common.Interfaces;
using GoTrs.Domain.Articles;
using GoTrs.Domain.Calendars;
using GoTrs.Domain.Common;
using GoTrs.Domain.Tickets;
using GoTrs.Domain.Tickets.Escalation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace GoTrs.Application.Features.Tickets.Escalation;

/// <summary>Everything needed to calculate one ticket's escalation.</summary>
internal sealed record EscalationInput(Ticket Ticket, EscalationFacts Facts, EscalationPolicy Policy, BusinessCalendar Calendar);

/// <summary>
/// Loads the inputs of a whole batch in at most three queries, however large: tickets with state type, queue and SLA;
/// the calendars they name; their customer-visible agent and customer articles.
/// </summary>
internal sealed class EscalationInputs(IAppDbContext db, ILogger logger)
{
    public async Task<IReadOnlyList<EscalationInput>> LoadAsync(long[] ids, CancellationToken ct)
    {
        var tickets = await (
            from t in db.Tickets.AsNoTracking()
            where ids.Contains(t.Id)
            join state in db.TicketStates on t.StateId equals state.Id
            join type in db.TicketStateTypes on state.TypeId equals type.Id
            join queue in db.Queues on t.QueueId equals queue.Id
            join sla in db.Slas on t.SlaId equals (int?)sla.Id into slas
            from sla in slas.DefaultIfEmpty()
            select new { Ticket = t, StateType = type.Name, Policy = EscalationPolicy.For(queue, sla) })
            .ToListAsync(ct);
        if (tickets.Count == 0) return [];

        var calendars = await LoadCalendarsAsync(tickets.Select(t => t.Policy.CalendarName), ct);
        var articles = (await db.Articles.AsNoTracking()
                .Where(a => ids.Contains(a.TicketId) && a.IsVisibleForCustomer == 1
                            && (a.SenderTypeId == ArticleSenderType.Agent || a.SenderTypeId == ArticleSenderType.Customer))
                .OrderBy(a => a.CreateTime).ThenBy(a => a.Id)
                .Select(a => new { a.TicketId, a.CreateTime, a.SenderTypeId, a.CommunicationChannelId })
                .ToListAsync(ct))
            .ToLookup(a => a.TicketId, a => new ContactArticle(
                new DateTimeOffset(a.CreateTime, TimeSpan.Zero), a.SenderTypeId, a.CommunicationChannelId, true));

        return tickets.Select(t => new EscalationInput(
                t.Ticket,
                new EscalationFacts(
                    new DateTimeOffset(t.Ticket.CreateTime, TimeSpan.Zero), t.StateType, articles[t.Ticket.Id].ToList()),
                t.Policy,
                t.Policy.CalendarName is { Length: > 0 } name && calendars.TryGetValue(name, out var calendar)
                    ? calendar
                    : BusinessCalendar.TwentyFourSeven))
            .ToList();
    }

    /// <summary>Valid calendars by name; one that cannot be read is left out, so it counts as 24/7.</summary>
    private async Task<Dictionary<string, BusinessCalendar>> LoadCalendarsAsync(IEnumerable<string?> names, CancellationToken ct)
    {
        var wanted = names.OfType<string>().Where(n => n.Length > 0).Distinct().ToArray();
        var result = new Dictionary<string, BusinessCalendar>(StringComparer.Ordinal);
        if (wanted.Length == 0) return result;

        var rows = await db.Calendars.AsNoTracking()
            .Where(c => wanted.Contains(c.Name) && c.ValidId == Validity.Valid)
            .ToListAsync(ct);
        foreach (var row in rows)
        {
            try
            {
                result[row.Name] = row.ToBusinessCalendar();
            }
            catch (FormatException ex)
            {
                logger.LogWarning(ex, "Calendar {Calendar} cannot be read; escalations use 24/7 instead", row.Name);
            }
        }
        return result;
    }
}
