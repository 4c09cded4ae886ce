namespace GoTrs.Domain.Mail;

/// <summary>
/// A received message that did not become a ticket or article, kept whole with the reason (GoTrs table
/// <c>gotrs_mail_quarantine</c>). Admins download, retry or delete it; nothing a customer sent is dropped.
/// </summary>
public sealed class QuarantinedMail
{
    public long Id { get; set; }
    public int? MailAccountId { get; set; }
    public string Reason { get; set; } = "";
    public string? Sender { get; set; }
    public string? Subject { get; set; }
    public string? MessageId { get; set; }
    public byte[] RawMessage { get; set; } = [];
    public DateTimeOffset ReceivedAt { get; set; }
    public int Retries { get; set; }
}
