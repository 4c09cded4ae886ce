using GoTrs.Application.Common.Interfaces;
using GoTrs.Infrastructure.Mail;
using GoTrs.Infrastructure.Mail.Inbound;
using GoTrs.Infrastructure.Mail.Protocols;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GoTrs.WebApi.IntegrationTests.Mail.Flows;

/// <summary>
/// <c>gotrs_mail_fetched</c> forgets a message once it is older than Mail:FetchedRetentionDays (30) and its mailbox no
/// longer lists it, or its account is gone; a message still on the server is never forgotten, so never imported twice.
/// </summary>
public sealed class FetchedMailPruningTests : MailFlowTest
{
    private Task RememberAsync(int accountId, string serverId, int daysAgo) => ExecuteAsync("""
        INSERT INTO gotrs_mail_fetched (mail_account_id, server_id, outcome, fetched_at)
        VALUES (@a, @s, 'NewTicket', now() - make_interval(days => @d))
        """, ("a", accountId), ("s", serverId), ("d", daysAgo));

    private static Task<List<string>> RememberedAsync() =>
        ListAsync("SELECT mail_account_id || ':' || server_id FROM gotrs_mail_fetched ORDER BY 1");

    /// <summary>The server ids the mailbox lists now, read without changing anything.</summary>
    private async Task<IReadOnlyList<string>> ListedAsync()
    {
        await using var scope = MailFlowSetup.Api.Services.CreateAsyncScope();
        var account = await scope.ServiceProvider.GetRequiredService<IAppDbContext>().MailAccounts.AsNoTracking().SingleAsync(a => a.Id == AccountId);
        var trust = MailFlowSetup.Api.Services.GetRequiredService<MailServerTrust>();
        await using var client = MailboxClientFactory.Create(MailboxFetcher.ToMailbox(account), trust.ConnectionOptions());
        await client.ConnectAsync();
        return (await client.ListAsync()).Select(m => m.Id).ToList();
    }

    [Test]
    public async Task ShouldForgetOldIdsNoLongerListed_AndKeepRecentOnesAndThoseStillOnTheServer()
    {
        await SendToMailboxAsync(Message("Imported long ago, delete failed"));
        var stillThere = (await ListedAsync()).Single();
        await RememberAsync(AccountId, stillThere, daysAgo: 40);
        await RememberAsync(AccountId, "gone-long-ago", daysAgo: 40);
        await RememberAsync(AccountId, "gone-yesterday", daysAgo: 1);

        await PollAsync();

        (await RememberedAsync()).ShouldBe([$"{AccountId}:{stillThere}", $"{AccountId}:gone-yesterday"], ignoreOrder: true);
        (await CountAsync("SELECT count(*) FROM ticket WHERE title LIKE 'Imported long ago%'")).ShouldBe(0);
        (await ListedAsync()).ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldForgetOldIdsOfTheLastSession_WhenTheNextNoLongerListsThem()
    {
        await SendToMailboxAsync(Message("Imported long ago, delete failed"));
        await RememberAsync(AccountId, (await ListedAsync()).Single(), daysAgo: 40);

        await PollAsync();
        await PollAsync();

        (await RememberedAsync()).ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldForgetOldIdsOfDeletedAccounts_WhenPolling()
    {
        await RememberAsync(AccountId + 1000, "orphan-old", daysAgo: 40);
        await RememberAsync(AccountId + 1000, "orphan-recent", daysAgo: 2);
        await ExecuteAsync("UPDATE mail_account SET valid_id = 2 WHERE id = @a", ("a", AccountId));
        await RememberAsync(AccountId, "invalid-account-old", daysAgo: 40);

        await PollAsync();

        (await RememberedAsync()).ShouldBe([$"{AccountId}:invalid-account-old", $"{AccountId + 1000}:orphan-recent"], ignoreOrder: true);
    }

    [Test]
    public async Task ShouldKeepEveryId_WhenRetentionIsZero()
    {
        await RememberAsync(AccountId, "gone-long-ago", daysAgo: 400);
        await RememberAsync(AccountId + 1000, "orphan-old", daysAgo: 400);
        using var keepForever = MailFlowSetup.Api.WithWebHostBuilder(b => b.UseSetting("Mail:FetchedRetentionDays", "0"));

        await keepForever.Services.GetRequiredService<MailPollJob>().RunOnceAsync(CancellationToken.None);

        (await RememberedAsync()).Count.ShouldBe(2);
    }
}
