namespace GoTrs.WebApi.IntegrationTests.Mail.Flows;

public sealed class MailAccountTypeFlowTests : MailFlowTest
{
    [TestCase("POP3", "POP3_PORT")]
    [TestCase("POP3S", "POP3S_PORT")]
    [TestCase("IMAPS", "IMAPS_PORT")]
    [TestCase("IMAPTLS", "IMAP_PORT")]
    public async Task ShouldImportOnceAndRemoveMail_WhenAccountUsesEachProtocol(string type, string portKey)
    {
        await ExecuteAsync("UPDATE mail_account SET account_type = @t, host = @h WHERE id = @id",
            ("t", type), ("h", $"{Servers.Host}:{Servers.Value(portKey)}"), ("id", AccountId));
        await SendToMailboxAsync(Message($"Over {type}", from: "alice@example.com"));

        await PollAsync();
        await PollAsync();

        (await CountAsync("SELECT count(*) FROM ticket WHERE title = @t", ("t", $"Over {type}"))).ShouldBe(1);
        (await CountAsync("SELECT count(*) FROM gotrs_mail_fetched WHERE mail_account_id = @id", ("id", AccountId))).ShouldBe(1);
    }
}
