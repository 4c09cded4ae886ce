using GoTrs.Infrastructure.Mail.Protocols;
using GoTrs.Infrastructure.Mail.Protocols.Imap;
using GoTrs.Infrastructure.Mail.Protocols.Pop3;

namespace GoTrs.Infrastructure.UnitTests.Mail.Protocols;

/// <summary>
/// What the clients put on the wire, seen through a relay: passwords only under TLS when STARTTLS is asked for,
/// and the IMAP fallbacks (synchronising literals, SASL PLAIN, plain EXPUNGE) chosen by what the server offers.
/// </summary>
public sealed class OnTheWireTests
{
    private static MailServers Servers => MailServersSetup.Servers;

    [Test]
    public async Task ShouldSendPasswordOnlyUnderTls_WhenPop3UsesStls()
    {
        var (user, password) = await Servers.NewUserAsync();
        await using var relay = new LoopbackRelay(Servers.Host, Servers.Port("POP3_PORT"));

        await ConnectAndCommitAsync(new Pop3Client(Endpoint(relay, MailSecurity.StartTls), user, password, TestClients.Options));

        relay.ClientSent.ShouldContain("STLS\r\n");
        relay.ClientSent.ShouldNotContain(password);
    }

    [Test]
    public async Task ShouldSendPasswordOnlyUnderTls_WhenImapUsesStartTls()
    {
        var (user, password) = await Servers.NewUserAsync();
        await using var relay = new LoopbackRelay(Servers.Host, Servers.Port("IMAP_PORT"));

        await ConnectAndCommitAsync(Imap(relay, MailSecurity.StartTls, user, password));

        relay.ClientSent.ShouldContain(" STARTTLS\r\n");
        relay.ClientSent.ShouldNotContain(password);
    }

    [Test]
    public async Task ShouldSendNonSynchronisingLiteral_WhenServerOffersLiteralPlus()
    {
        var (user, password) = await Servers.NewUserAsync("wörd with ümlaut");
        await using var relay = new LoopbackRelay(Servers.Host, Servers.Port("IMAP_PORT"));

        await ConnectAndCommitAsync(Imap(relay, MailSecurity.None, user, password));

        relay.ClientSent.ShouldContain($" LOGIN \"{user}\" {{18+}}\r\n");
    }

    [Test]
    public async Task ShouldWaitForGoAheadBeforeLiteral_WhenServerLacksLiteralPlus()
    {
        var (user, password) = await Servers.NewUserAsync("wörd with ümlaut");
        await using var relay = new LoopbackRelay(Servers.Value("IMAP_BASIC_HOST"), Servers.Port("IMAP_BASIC_PORT"));

        await ConnectAndCommitAsync(Imap(relay, MailSecurity.None, user, password));

        relay.ClientSent.ShouldContain($" LOGIN \"{user}\" {{18}}\r\n");
    }

    [Test]
    public async Task ShouldAuthenticateWithSaslPlain_WhenServerDisablesLogin()
    {
        var (user, password) = await Servers.NewUserAsync();
        await using var relay = new LoopbackRelay(Servers.Value("IMAP_NOLOGIN_HOST"), Servers.Port("IMAP_NOLOGIN_PORT"));

        await ConnectAndCommitAsync(Imap(relay, MailSecurity.None, user, password));

        relay.ClientSent.ShouldContain(" AUTHENTICATE PLAIN\r\n");
        relay.ClientSent.ShouldNotContain(" LOGIN ");
    }

    [TestCase(MailboxMode.Imap, "IMAP_PORT", " UID EXPUNGE ")]
    [TestCase(MailboxMode.ImapBasicServer, "IMAP_BASIC_PORT", " EXPUNGE\r\n")]
    public async Task ShouldExpungeOnlyOwnMessagesWhereServerCan_WhenCommitting(MailboxMode mode, string port, string expunge)
    {
        var (user, password) = await Servers.NewUserAsync();
        await Servers.DeliverAsync(user, TestMessages.Simple("Delete me"));
        var host = mode == MailboxMode.Imap ? Servers.Host : Servers.Value("IMAP_BASIC_HOST");
        await using var relay = new LoopbackRelay(host, Servers.Port(port));
        await using var client = Imap(relay, MailSecurity.None, user, password);
        await client.ConnectAsync();

        await client.DeleteAsync((await client.ListAsync())[0].Id);
        await client.CommitAsync();

        relay.ClientSent.ShouldContain(expunge);
    }

    private static MailServerEndpoint Endpoint(LoopbackRelay relay, MailSecurity security) => new("127.0.0.1", relay.Port, security);

    private static ImapClient Imap(LoopbackRelay relay, MailSecurity security, string user, string password) =>
        new(Endpoint(relay, security), user, password, options: TestClients.Options);

    private static async Task ConnectAndCommitAsync(IMailboxClient client)
    {
        await using (client)
        {
            await client.ConnectAsync();
            await client.ListAsync();
            await client.CommitAsync();
        }
    }
}
