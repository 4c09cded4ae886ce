using GoTrs.Infrastructure.Mail.Protocols;
using GoTrs.Infrastructure.Mail.Protocols.Imap;
using GoTrs.Infrastructure.Mail.Protocols.Pop3;

namespace GoTrs.Infrastructure.UnitTests.Mail.Protocols;

/// <summary>
/// Dovecot dies while a message is half transferred. The client must fail loudly, and after a restart every
/// message must still be there (nothing lost) and, once fetched and committed, gone (nothing fetched twice).
/// </summary>
[NonParallelizable]
public sealed class ServerKilledMidFetchTests
{
    private static MailServers Servers => MailServersSetup.Servers;

    [TestCase(MailboxMode.Pop3)]
    [TestCase(MailboxMode.Imap)]
    public async Task ShouldLoseAndDuplicateNothing_WhenServerIsKilledMidFetch(MailboxMode mode)
    {
        var (user, password) = await Servers.NewUserAsync();
        byte[][] delivered = [TestMessages.Simple("Fetched before the crash"), TestMessages.Large(1024 * 1024)];
        foreach (var message in delivered) await Servers.DeliverAsync(user, message);

        await FetchUntilServerIsKilledAsync(mode, user, password);

        await using (var afterRestart = await TestClients.ConnectAsync(mode, user, password))
        {
            var listed = await afterRestart.ListAsync();
            listed.Count.ShouldBe(2);
            for (var i = 0; i < listed.Count; i++)
            {
                (await afterRestart.FetchAsync(listed[i].Id)).ShouldBeDelivered(delivered[i]);
                await afterRestart.DeleteAsync(listed[i].Id);
            }

            await afterRestart.CommitAsync();
        }

        await using var last = await TestClients.ConnectAsync(mode, user, password);
        (await last.ListAsync()).ShouldBeEmpty();
    }

    private static async Task FetchUntilServerIsKilledAsync(MailboxMode mode, string user, string password)
    {
        var pop3 = mode == MailboxMode.Pop3;
        await using var proxy = new LoopbackRelay(Servers.Host, Servers.Port(pop3 ? "POP3_PORT" : "IMAP_PORT"));
        var endpoint = new MailServerEndpoint("127.0.0.1", proxy.Port, MailSecurity.None);
        await using IMailboxClient client = pop3
            ? new Pop3Client(endpoint, user, password, TestClients.Options)
            : new ImapClient(endpoint, user, password, options: TestClients.Options);
        await client.ConnectAsync();
        var listed = await client.ListAsync();

        // The first message is fetched and marked processed; the uncommitted mark must die with the session.
        await client.FetchAsync(listed[0].Id);
        await client.DeleteAsync(listed[0].Id);
        proxy.StallAnswerTo(pop3 ? "RETR 2" : $"UID FETCH {listed[1].Id.Split(':')[1]} ");
        var fetch = client.FetchAsync(listed[1].Id);
        await proxy.Stalled.WaitAsync(TimeSpan.FromSeconds(30));
        fetch.IsCompleted.ShouldBeFalse();
        try
        {
            await Servers.KillDovecotAsync();
            await Should.ThrowAsync<MailboxConnectionException>(fetch);
            await Should.ThrowAsync<MailboxConnectionException>(() => client.CommitAsync());
        }
        finally
        {
            await Servers.RestartAsync();
        }
    }
}
