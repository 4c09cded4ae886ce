using GoTrs.Infrastructure.Mail.Protocols;

namespace GoTrs.Infrastructure.UnitTests.Mail.Protocols;

/// <summary>The mailbox contract, for every account type and client path, against the real dovecot.</summary>
[TestFixtureSource(typeof(MailboxClientTests), nameof(Modes))]
public sealed class MailboxClientTests(MailboxMode mode)
{
    public static readonly MailboxMode[] Modes = Enum.GetValues<MailboxMode>();

    private static MailServers Servers => MailServersSetup.Servers;

    [Test]
    public async Task ShouldFetchEveryMessageByteForByte_WhenMessagesWereDelivered()
    {
        var (user, password) = await Servers.NewUserAsync();
        byte[][] delivered = [TestMessages.Simple("First"), TestMessages.Simple("Second"), TestMessages.Simple("Third")];
        foreach (var message in delivered) await Servers.DeliverAsync(user, message);

        await using var client = await TestClients.ConnectAsync(mode, user, password);
        var listed = await client.ListAsync();

        listed.Count.ShouldBe(3);
        listed.Select(m => m.Id).Distinct().Count().ShouldBe(3);
        for (var i = 0; i < delivered.Length; i++) (await client.FetchAsync(listed[i].Id)).ShouldBeDelivered(delivered[i]);
    }

    [Test]
    public async Task ShouldListNothing_WhenMailboxIsEmpty()
    {
        var (user, password) = await Servers.NewUserAsync();

        await using var client = await TestClients.ConnectAsync(mode, user, password);

        (await client.ListAsync()).ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldLeaveEveryMessage_WhenSessionEndsWithoutCommit()
    {
        var (user, password) = await Servers.NewUserAsync();
        await Servers.DeliverAsync(user, TestMessages.Simple("Keep me"));
        await Servers.DeliverAsync(user, TestMessages.Simple("Keep me too"));
        IReadOnlyList<MailboxMessage> before;
        await using (var client = await TestClients.ConnectAsync(mode, user, password))
        {
            before = await client.ListAsync();
            foreach (var message in before)
            {
                await client.FetchAsync(message.Id);
                await client.DeleteAsync(message.Id);
            }
        }

        await using var again = await TestClients.ConnectAsync(mode, user, password);

        (await again.ListAsync()).ShouldBe(before);
    }

    [Test]
    public async Task ShouldRemoveExactlyTheDeletedMessages_WhenCommitted()
    {
        var (user, password) = await Servers.NewUserAsync();
        foreach (var subject in new[] { "one", "two", "three" }) await Servers.DeliverAsync(user, TestMessages.Simple(subject));
        IReadOnlyList<MailboxMessage> before;
        await using (var client = await TestClients.ConnectAsync(mode, user, password))
        {
            before = await client.ListAsync();
            await client.DeleteAsync(before[0].Id);
            await client.DeleteAsync(before[2].Id);
            await client.CommitAsync();
        }

        await using var again = await TestClients.ConnectAsync(mode, user, password);

        (await again.ListAsync()).ShouldBe([before[1]]);
    }

    [Test]
    public async Task ShouldThrowAuthenticationException_WhenPasswordIsWrong()
    {
        var (user, _) = await Servers.NewUserAsync();
        await using var client = TestClients.Create(mode, user, "not-the-password");

        await Should.ThrowAsync<MailboxAuthenticationException>(() => client.ConnectAsync());
    }

    [Test]
    public async Task ShouldLogIn_WhenPasswordHasQuotesBackslashesSpacesAndUmlauts()
    {
        var (user, password) = await Servers.NewUserAsync("p\"a\\ss wörd ✓");
        await Servers.DeliverAsync(user, TestMessages.Simple("Tricky password"));

        await using var client = await TestClients.ConnectAsync(mode, user, password);

        (await client.ListAsync()).Count.ShouldBe(1);
    }

    [Test]
    public async Task ShouldFetchIntact_WhenMessageIsFiveMegabytes()
    {
        var (user, password) = await Servers.NewUserAsync();
        var delivered = TestMessages.Large(5 * 1024 * 1024);
        await Servers.DeliverAsync(user, delivered);

        await using var client = await TestClients.ConnectAsync(mode, user, password);
        var listed = await client.ListAsync();

        (await client.FetchAsync(listed[0].Id)).ShouldBeDelivered(delivered);
    }

    [Test]
    public async Task ShouldRestoreEveryDot_WhenLinesStartWithDots()
    {
        var (user, password) = await Servers.NewUserAsync();
        var delivered = TestMessages.WithDotLines();
        await Servers.DeliverAsync(user, delivered);

        await using var client = await TestClients.ConnectAsync(mode, user, password);
        var listed = await client.ListAsync();

        (await client.FetchAsync(listed[0].Id)).ShouldBeDelivered(delivered);
    }

    [Test]
    public async Task ShouldKeepEveryByte_WhenContentIsEightBit()
    {
        var (user, password) = await Servers.NewUserAsync();
        var delivered = TestMessages.EightBit();
        await Servers.DeliverAsync(user, delivered);

        await using var client = await TestClients.ConnectAsync(mode, user, password);
        var listed = await client.ListAsync();

        (await client.FetchAsync(listed[0].Id)).ShouldBeDelivered(delivered);
    }

    [Test]
    public async Task ShouldRefuseOnlyTheOversizedMessage_WhenMessageExceedsLimit()
    {
        var (user, password) = await Servers.NewUserAsync();
        var small = TestMessages.Simple("Small");
        await Servers.DeliverAsync(user, TestMessages.Large(2 * 1024 * 1024));
        await Servers.DeliverAsync(user, small);
        var options = TestClients.Options with { MaxMessageBytes = 1024 * 1024 };

        await using var client = await TestClients.ConnectAsync(mode, user, password, options);
        var listed = await client.ListAsync();

        await Should.ThrowAsync<MailboxMessageTooLargeException>(() => client.FetchAsync(listed[0].Id));
        (await client.FetchAsync(listed[1].Id)).ShouldBeDelivered(small);
    }

    [Test]
    public async Task ShouldThrowNotFound_WhenIdWasNeverListed()
    {
        var (user, password) = await Servers.NewUserAsync();

        await using var client = await TestClients.ConnectAsync(mode, user, password);
        await client.ListAsync();

        await Should.ThrowAsync<MailboxMessageNotFoundException>(() => client.FetchAsync("no-such-id"));
    }
}
