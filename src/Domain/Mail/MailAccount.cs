using GoTrs.Domain.Common;

namespace GoTrs.Domain.Mail;

/// <summary>
/// An incoming mail account (POP3/IMAP). <see cref="Trusted"/> (0/1) lets X-OTRS headers of its mails take effect;
/// with OAuth2 authentication <see cref="Password"/> is unused and <see cref="OAuth2TokenConfigId"/> is set.
/// </summary>
public sealed class MailAccount : AuditedEntity
{
    public const string PasswordAuthentication = "password";

    public int Id { get; set; }
    public string Login { get; set; } = "";
    public string Password { get; set; } = "";
    public string Host { get; set; } = "";
    public string AccountType { get; set; } = "";
    public int QueueId { get; set; }
    public int Trusted { get; set; }
    public string? ImapFolder { get; set; }
    public string AuthenticationType { get; set; } = PasswordAuthentication;
    public int? OAuth2TokenConfigId { get; set; }
    public string? Comments { get; set; }
    public int ValidId { get; set; } = Validity.Valid;
}
