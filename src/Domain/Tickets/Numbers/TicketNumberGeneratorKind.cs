namespace GoTrs.Domain.Tickets.Numbers;

/// <summary>The four generators Znuny ships (<c>Ticket::NumberGenerator</c>).</summary>
public enum TicketNumberGeneratorKind
{
    DateChecksum,
    Date,
    AutoIncrement,
    Random,
}
