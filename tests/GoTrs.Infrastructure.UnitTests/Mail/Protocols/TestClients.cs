using System.Security.Cryptography;
using GoTrs.Infrastructure.Mail.Protocols;
using GoTrs.Infrastructure.Mail.Protocols.Imap;
using GoTrs.Infrastructure.Mail.Protocols.Pop3;

namespace GoTrs.Infrastructure.UnitTests.Mail.Protocols;

/// <summary>Clients for each <see cref="MailboxMode"/>, trusting exactly the test servers' self-signed certificate.</summary>
internal static class TestClients
{
    private static MailServers Servers => MailServersSetup.Servers;

    public static MailboxClientOptions Options { get; } = new()
    {
        Timeout = TimeSpan.FromSeconds(30),
        CertificateValidation = (_, certificate, _, _) =>
            certificate is not null && certificate.GetCertHashString(HashAlgorithmName.SHA256)
                == Servers.Certificate.GetCertHashString(HashAlgorithmName.SHA256),
    };

    public static IMailboxClient Create(
        MailboxMode mode, string user, string password, MailboxClientOptions? options = null, string folder = "INBOX")
    {
        options ??= Options;
        var host = Servers.Host;
        return mode switch
        {
            MailboxMode.Pop3 => Account(MailAccountType.POP3, "POP3_PORT"),
            MailboxMode.Pop3S => Account(MailAccountType.POP3S, "POP3S_PORT"),
            MailboxMode.Pop3StartTls => new Pop3Client(new(host, Servers.Port("POP3_PORT"), MailSecurity.StartTls), user, password, options),
            MailboxMode.Imap => Account(MailAccountType.IMAP, "IMAP_PORT"),
            MailboxMode.ImapS => Account(MailAccountType.IMAPS, "IMAPS_PORT"),
            MailboxMode.ImapTls => Account(MailAccountType.IMAPTLS, "IMAP_PORT"),
            MailboxMode.ImapBasicServer => Imap("IMAP_BASIC_HOST", "IMAP_BASIC_PORT"),
            MailboxMode.ImapLoginDisabled => Imap("IMAP_NOLOGIN_HOST", "IMAP_NOLOGIN_PORT"),
            _ => throw new ArgumentOutOfRangeException(nameof(mode)),
        };

        IMailboxClient Account(MailAccountType type, string port) =>
            MailboxClientFactory.Create(new MailboxAccount(type, host, user, password, Servers.Port(port), folder), options);

        IMailboxClient Imap(string hostKey, string port) =>
            new ImapClient(new(Servers.Value(hostKey), Servers.Port(port), MailSecurity.None), user, password, folder, options);
    }

    public static async Task<IMailboxClient> ConnectAsync(
        MailboxMode mode, string user, string password, MailboxClientOptions? options = null, string folder = "INBOX")
    {
        var client = Create(mode, user, password, options, folder);
        await client.ConnectAsync();
        return client;
    }
}
