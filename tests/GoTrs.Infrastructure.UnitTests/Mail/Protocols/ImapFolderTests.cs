using GoTrs.Infrastructure.Mail.Protocols;

namespace GoTrs.Infrastructure.UnitTests.Mail.Protocols;

/// <summary>IMAP accounts read one folder, named in modified UTF-7 on the wire, and may mark mail seen instead of deleting it.</summary>
public sealed class ImapFolderTests
{
    private static MailServers Servers => MailServersSetup.Servers;

    [TestCase("Support Queue")]
    [TestCase("R&D")]
    [TestCase("Archiv/Ärger 東京")]
    public async Task ShouldFetchOnlyThatFolder_WhenFolderIsNotInbox(string folder)
    {
        var (user, password) = await Servers.NewUserAsync();
        var inFolder = TestMessages.Simple("For the folder");
        await Servers.DeliverAsync(user, TestMessages.Simple("For the inbox"));
        await Servers.DeliverAsync(user, inFolder, folder);

        await using var client = await TestClients.ConnectAsync(MailboxMode.ImapTls, user, password, folder: folder);
        var listed = await client.ListAsync();

        listed.Count.ShouldBe(1);
        (await client.FetchAsync(listed[0].Id)).ShouldBeDelivered(inFolder);
    }

    [Test]
    public async Task ShouldThrowProtocolException_WhenFolderDoesNotExist()
    {
        var (user, password) = await Servers.NewUserAsync();
        await using var client = TestClients.Create(MailboxMode.Imap, user, password, folder: "Nowhere");

        var error = await Should.ThrowAsync<MailboxProtocolException>(() => client.ConnectAsync());

        error.Message.ShouldContain("Nowhere");
    }

    [Test]
    public async Task ShouldKeepMessageButListItNoMore_WhenCommittedInMarkSeenMode()
    {
        var (user, password) = await Servers.NewUserAsync();
        await Servers.DeliverAsync(user, TestMessages.Simple("Mark me seen"));
        var markSeen = TestClients.Options with { ImapProcessedMessages = ImapProcessedMessages.MarkSeen };
        await using (var client = await TestClients.ConnectAsync(MailboxMode.Imap, user, password, markSeen))
        {
            await client.DeleteAsync((await client.ListAsync())[0].Id);
            await client.CommitAsync();
        }

        await using var seenOnly = await TestClients.ConnectAsync(MailboxMode.Imap, user, password, markSeen);
        await using var everything = await TestClients.ConnectAsync(MailboxMode.Imap, user, password);

        (await seenOnly.ListAsync()).ShouldBeEmpty();
        (await everything.ListAsync()).Count.ShouldBe(1);
    }

    [Test]
    public async Task ShouldLeaveMessageUnseen_WhenFetchedWithoutCommit()
    {
        var (user, password) = await Servers.NewUserAsync();
        await Servers.DeliverAsync(user, TestMessages.Simple("Only peeked at"));
        var markSeen = TestClients.Options with { ImapProcessedMessages = ImapProcessedMessages.MarkSeen };
        await using (var client = await TestClients.ConnectAsync(MailboxMode.Imap, user, password, markSeen))
        {
            await client.FetchAsync((await client.ListAsync())[0].Id);
        }

        await using var again = await TestClients.ConnectAsync(MailboxMode.Imap, user, password, markSeen);

        (await again.ListAsync()).Count.ShouldBe(1);
    }
}
