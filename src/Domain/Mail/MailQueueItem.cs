namespace GoTrs.Domain.Mail;

/// <summary>
/// An outgoing mail waiting for the send daemon (OTRS table <c>mail_queue</c>). <see cref="RawMessage"/> is what Znuny
/// wrote: a Perl Storable serialisation of the message (headers and body), not RFC 822 text.
/// <see cref="Recipient"/> is a comma-separated list.
/// </summary>
public sealed class MailQueueItem
{
    public long Id { get; set; }
    public string? InsertFingerprint { get; set; }
    public long? ArticleId { get; set; }
    public int Attempts { get; set; }
    public string? Sender { get; set; }
    public string Recipient { get; set; } = "";
    public byte[] RawMessage { get; set; } = [];
    public DateTime? DueTime { get; set; }
    public int? LastSmtpCode { get; set; }
    public string? LastSmtpMessage { get; set; }
    public DateTime CreateTime { get; set; }
}
