namespace GoTrs.Domain.Tickets;

/// <summary>
/// A per-agent flag on a ticket, e.g. <see cref="Seen"/> = "1". The agent is <see cref="CreateBy"/>;
/// the table has only these two audit columns.
/// </summary>
public sealed class TicketFlag
{
    public const string Seen = "Seen";

    public long TicketId { get; set; }
    public string Key { get; set; } = "";
    public string? Value { get; set; }
    public DateTime CreateTime { get; set; }
    public int CreateBy { get; set; }
}
