namespace GoTrs.Domain.Tickets;

/// <summary>
/// One auto-reply sent to <see cref="SentTo"/> on <see cref="SentDate"/> (a "yyyy-M-d" string). Rows repeat by
/// design: the count per address and day is what limits auto-replies.
/// </summary>
public sealed class TicketLoopProtection
{
    public string SentTo { get; set; } = "";
    public string SentDate { get; set; } = "";
}
