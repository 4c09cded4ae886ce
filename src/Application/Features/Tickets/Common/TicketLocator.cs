namespace GoTrs.Application.Features.Tickets.Common;

/// <summary>A ticket reference from a URL: its id or its ticket number. Numbers that are also ids prefer the id.</summary>
public sealed record TicketLocator(long? Id, string Number)
{
    public static TicketLocator Parse(string value)
    {
        var trimmed = value.Trim();
        return new TicketLocator(long.TryParse(trimmed, out var id) && id > 0 ? id : null, trimmed);
    }

    public IQueryable<TicketRow> Apply(IQueryable<TicketRow> rows) => Id is { } id
        ? rows.Where(r => r.Ticket.Id == id || r.Ticket.TicketNumber == Number)
            .OrderBy(r => r.Ticket.Id == id ? 0 : 1)
        : rows.Where(r => r.Ticket.TicketNumber == Number);
}
