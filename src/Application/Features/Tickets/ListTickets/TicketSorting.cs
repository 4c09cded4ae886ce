namespace GoTrs.Application.Features.Tickets.ListTickets;

/// <summary><c>?sort=field</c> ascending, <c>-field</c> descending (the default: newest first); ties go by id.</summary>
public sealed record TicketSorting(string Field, bool Descending)
{
    public static readonly IReadOnlyList<string> Fields =
        ["created", "changed", "ticketNumber", "title", "priority", "state", "queue", "owner", "customer", "pendingUntil", "escalation", "age"];

    /// <summary>The sort of a validated <c>sort</c> parameter.</summary>
    public static TicketSorting Parse(string? sort) => new(
        string.IsNullOrWhiteSpace(sort) ? "created" : sort.TrimStart('-', '+'),
        sort?.StartsWith('-') ?? true);
}
