namespace GoTrs.Domain.Mail;

/// <summary>
/// A mailbox message already committed (GoTrs table <c>gotrs_mail_fetched</c>), by the server's stable id. A poll that
/// finds it again deletes it on the server instead of importing it twice.
/// </summary>
public sealed class FetchedMail
{
    public int MailAccountId { get; set; }
    public string ServerId { get; set; } = "";
    public string? MessageId { get; set; }
    public string Outcome { get; set; } = "";
    public DateTimeOffset FetchedAt { get; set; }
}
