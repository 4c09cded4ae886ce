using System.Net;
using System.Net.Sockets;
using GoTrs.Infrastructure.Mail.Protocols;

namespace GoTrs.Infrastructure.UnitTests.Mail.Protocols;

/// <summary>What a server says about sizes is checked, never trusted, and a silent server cannot hang a session.</summary>
public sealed class MailboxLimitsTests
{
    private static MailServers Servers => MailServersSetup.Servers;

    [Test]
    public async Task ShouldThrowTooLargeAndEndSession_WhenImapLiteralExceedsLimitWithoutListing()
    {
        var (user, password) = await Servers.NewUserAsync();
        await Servers.DeliverAsync(user, TestMessages.Large(2 * 1024 * 1024));
        string id;
        await using (var lister = await TestClients.ConnectAsync(MailboxMode.Imap, user, password)) id = (await lister.ListAsync())[0].Id;
        var options = TestClients.Options with { MaxMessageBytes = 1024 * 1024 };

        await using var client = await TestClients.ConnectAsync(MailboxMode.Imap, user, password, options);

        var error = await Should.ThrowAsync<MailboxMessageTooLargeException>(() => client.FetchAsync(id));
        error.Limit.ShouldBe(1024 * 1024);
        await Should.ThrowAsync<MailboxConnectionException>(() => client.ListAsync());
    }

    [TestCase(MailboxMode.Pop3)]
    [TestCase(MailboxMode.Imap)]
    public async Task ShouldThrowProtocolException_WhenServerLineExceedsLimit(MailboxMode mode)
    {
        var (user, password) = await Servers.NewUserAsync();
        await using var client = TestClients.Create(mode, user, password, TestClients.Options with { MaxLineBytes = 10 });

        await Should.ThrowAsync<MailboxProtocolException>(() => client.ConnectAsync());
    }

    [TestCase(MailAccountType.POP3)]
    [TestCase(MailAccountType.IMAPS)]
    public async Task ShouldThrowConnectionException_WhenServerNeverAnswers(MailAccountType type)
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var account = new MailboxAccount(type, "127.0.0.1", "user", "password", ((IPEndPoint)silent.LocalEndpoint).Port);
        var options = TestClients.Options with { Timeout = TimeSpan.FromSeconds(1) };
        await using var client = MailboxClientFactory.Create(account, options);

        var error = await Should.ThrowAsync<MailboxConnectionException>(() => client.ConnectAsync());

        error.Message.ShouldContain("did not answer", Case.Sensitive);
    }
}
