using GoTrs.Infrastructure.Mail.Protocols.Imap;
using GoTrs.Infrastructure.Mail.Protocols.Pop3;

namespace GoTrs.Infrastructure.Mail.Protocols;

/// <summary>Creates the client an account's type calls for. Plain types stay plain: nothing upgrades on its own.</summary>
public static class MailboxClientFactory
{
    public static IMailboxClient Create(MailboxAccount account, MailboxClientOptions? options = null)
    {
        var (port, security) = account.Type switch
        {
            MailAccountType.POP3 => (110, MailSecurity.None),
            MailAccountType.POP3S => (995, MailSecurity.Tls),
            MailAccountType.IMAP => (143, MailSecurity.None),
            MailAccountType.IMAPS => (993, MailSecurity.Tls),
            MailAccountType.IMAPTLS => (143, MailSecurity.StartTls),
            _ => throw new ArgumentOutOfRangeException(nameof(account), account.Type, "Unknown mail account type."),
        };
        var server = new MailServerEndpoint(account.Host, account.Port ?? port, security);
        return account.Type is MailAccountType.POP3 or MailAccountType.POP3S
            ? new Pop3Client(server, account.Login, account.Password, options)
            : new ImapClient(server, account.Login, account.Password, account.Folder, options);
    }
}
