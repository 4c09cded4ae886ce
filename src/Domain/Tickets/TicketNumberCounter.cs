namespace GoTrs.Domain.Tickets;

/// <summary>
/// A row of the ticket number generators' counter: each number taken inserts a row; the unique
/// <see cref="CounterUid"/> lets the writer find its own row when several processes race.
/// </summary>
public sealed class TicketNumberCounter
{
    public long Id { get; set; }
    public long Counter { get; set; }
    public string CounterUid { get; set; } = "";
    public DateTime? CreateTime { get; set; }
}
