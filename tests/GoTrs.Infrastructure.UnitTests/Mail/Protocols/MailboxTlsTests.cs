using GoTrs.Infrastructure.Mail.Protocols;

namespace GoTrs.Infrastructure.UnitTests.Mail.Protocols;

/// <summary>TLS trust: the test servers' self-signed certificate passes only when the caller pins it.</summary>
public sealed class MailboxTlsTests
{
    private static MailServers Servers => MailServersSetup.Servers;

    [TestCase(MailboxMode.Pop3S)]
    [TestCase(MailboxMode.Pop3StartTls)]
    [TestCase(MailboxMode.ImapS)]
    [TestCase(MailboxMode.ImapTls)]
    public async Task ShouldRejectSelfSignedCertificate_WhenDefaultValidationIsUsed(MailboxMode mode)
    {
        var (user, password) = await Servers.NewUserAsync();
        await using var client = TestClients.Create(mode, user, password, TestClients.Options with { CertificateValidation = null });

        var error = await Should.ThrowAsync<MailboxTlsException>(() => client.ConnectAsync());

        error.InnerException.ShouldBeOfType<System.Security.Authentication.AuthenticationException>();
    }

    [TestCase(MailboxMode.Pop3S)]
    [TestCase(MailboxMode.ImapTls)]
    public async Task ShouldRejectCertificate_WhenCallbackPinsAnotherOne(MailboxMode mode)
    {
        var (user, password) = await Servers.NewUserAsync();
        var options = TestClients.Options with { CertificateValidation = (_, _, _, _) => false };
        await using var client = TestClients.Create(mode, user, password, options);

        await Should.ThrowAsync<MailboxTlsException>(() => client.ConnectAsync());
    }

    [TestCase(MailAccountType.POP3S, "POP3_PORT")]
    [TestCase(MailAccountType.IMAPS, "IMAP_PORT")]
    public async Task ShouldThrowTlsException_WhenImplicitTlsMeetsPlainPort(MailAccountType type, string plainPort)
    {
        var (user, password) = await Servers.NewUserAsync();
        var account = new MailboxAccount(type, Servers.Host, user, password, Servers.Port(plainPort));
        await using var client = MailboxClientFactory.Create(account, TestClients.Options);

        await Should.ThrowAsync<MailboxTlsException>(() => client.ConnectAsync());
    }

    [Test]
    public async Task ShouldThrowConnectionException_WhenNothingListensOnPort()
    {
        var account = new MailboxAccount(MailAccountType.IMAP, "127.0.0.1", "nobody", "nothing", Port: 1);
        await using var client = MailboxClientFactory.Create(account, TestClients.Options);

        await Should.ThrowAsync<MailboxConnectionException>(() => client.ConnectAsync());
    }
}
