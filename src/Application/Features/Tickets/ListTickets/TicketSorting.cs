using GoTrs.Application.Features.Tickets.Common;

namespace GoTrs.Application.Features.Tickets.ListTickets;

/// <summary><c>?sort=field</c> ascending, <c>-field</c> descending; ties broken by id so pages are stable.</summary>
public static class TicketSorting
{
    public static readonly IReadOnlyList<string> Fields =
        ["created", "changed", "ticketNumber", "title", "priority", "state", "queue", "owner", "customer", "pendingUntil", "escalation", "age"];

    public static IQueryable<TicketRow> Apply(IQueryable<TicketRow> rows, string? sort)
    {
        var descending = sort?.StartsWith('-') ?? true;
        var field = string.IsNullOrWhiteSpace(sort) ? "created" : sort.TrimStart('-', '+');
        IOrderedQueryable<TicketRow> ordered = (field, descending) switch
        {
            ("changed", false) => rows.OrderBy(r => r.Ticket.ChangeTime),
            ("changed", true) => rows.OrderByDescending(r => r.Ticket.ChangeTime),
            ("ticketNumber", false) => rows.OrderBy(r => r.Ticket.TicketNumber),
            ("ticketNumber", true) => rows.OrderByDescending(r => r.Ticket.TicketNumber),
            ("title", false) => rows.OrderBy(r => r.Ticket.Title),
            ("title", true) => rows.OrderByDescending(r => r.Ticket.Title),
            ("priority", false) => rows.OrderBy(r => r.Ticket.PriorityId),
            ("priority", true) => rows.OrderByDescending(r => r.Ticket.PriorityId),
            ("state", false) => rows.OrderBy(r => r.State),
            ("state", true) => rows.OrderByDescending(r => r.State),
            ("queue", false) => rows.OrderBy(r => r.Queue),
            ("queue", true) => rows.OrderByDescending(r => r.Queue),
            ("owner", false) => rows.OrderBy(r => r.OwnerLogin),
            ("owner", true) => rows.OrderByDescending(r => r.OwnerLogin),
            ("customer", false) => rows.OrderBy(r => r.Ticket.CustomerUserId),
            ("customer", true) => rows.OrderByDescending(r => r.Ticket.CustomerUserId),
            ("pendingUntil", false) => rows.OrderBy(r => r.Ticket.UntilTimeEpoch),
            ("pendingUntil", true) => rows.OrderByDescending(r => r.Ticket.UntilTimeEpoch),
            // Unescalated tickets (0) sort after escalating ones.
            ("escalation", false) => rows.OrderBy(r => r.Ticket.EscalationTimeEpoch == 0).ThenBy(r => r.Ticket.EscalationTimeEpoch),
            ("escalation", true) => rows.OrderBy(r => r.Ticket.EscalationTimeEpoch == 0).ThenByDescending(r => r.Ticket.EscalationTimeEpoch),
            // Age: oldest first when ascending, as OTRS's "Age" sort.
            ("age", false) => rows.OrderByDescending(r => r.Ticket.Id),
            ("age", true) => rows.OrderBy(r => r.Ticket.Id),
            (_, false) => rows.OrderBy(r => r.Ticket.Id),
            _ => rows.OrderByDescending(r => r.Ticket.Id),
        };
        return descending ? ordered.ThenByDescending(r => r.Ticket.Id) : ordered.ThenBy(r => r.Ticket.Id);
    }
}
