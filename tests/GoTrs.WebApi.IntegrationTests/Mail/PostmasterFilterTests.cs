using GoTrs.Application.Features.Mail.Common;

namespace GoTrs.WebApi.IntegrationTests.Mail;

public sealed class PostmasterFilterTests : MailTest
{
    private static Task AddFilterLineAsync(string name, string type, string key, string value, int not = 0, int stop = 0) => ExecuteAsync("""
        INSERT INTO postmaster_filter (f_name, f_stop, f_type, f_key, f_value, f_not) VALUES (@n, @s, @t, @k, @v, @x)
        """, ("n", name), ("s", stop), ("t", type), ("k", key), ("v", value), ("x", not));

    [Test]
    public async Task ShouldSetQueuePriorityAndTitle_WhenFilterMatchesSender()
    {
        await AddFilterLineAsync("vip", "Match", "From", @"@vip\.example");
        await AddFilterLineAsync("vip", "Set", "X-OTRS-Queue", "Support::Second Level");
        await AddFilterLineAsync("vip", "Set", "X-GOTRS-Priority", "5 very high");
        await AddFilterLineAsync("vip", "Set", "X-OTRS-Title", "VIP request");

        var result = await DeliverAsync(Message("help", from: "Boss <boss@vip.example>"), SupportQueue);

        var row = await ListAsync("""
            SELECT t.queue_id || '|' || p.name || '|' || t.title FROM ticket t JOIN ticket_priority p ON p.id = t.ticket_priority_id WHERE t.id = @id
            """, ("id", result.TicketId!));
        row.ShouldBe([$"{SecondQueue}|5 very high|VIP request"]);
    }

    [Test]
    public async Task ShouldLeaveMessageAlone_WhenNegatedMatchHits()
    {
        await AddFilterLineAsync("not-vip", "Match", "From", @"@vip\.example", not: 1);
        await AddFilterLineAsync("not-vip", "Set", "X-OTRS-Priority", "1 very low");

        var result = await DeliverAsync(Message("help", from: "boss@vip.example"), SupportQueue);

        (await ScalarAsync<int>("SELECT ticket_priority_id FROM ticket WHERE id = @id", ("id", result.TicketId!))).ShouldBe(3);
    }

    [Test]
    public async Task ShouldQuarantineNotDrop_WhenFilterSaysIgnore()
    {
        await AddFilterLineAsync("spam", "Match", "Subject", "viagra");
        await AddFilterLineAsync("spam", "Set", "X-OTRS-Ignore", "yes");

        var result = await DeliverAsync(Message("Cheap VIAGRA"), SupportQueue);

        result.Outcome.ShouldBe(DeliveryOutcome.Quarantined);
        (await ScalarAsync<string>("SELECT reason FROM gotrs_mail_quarantine")).ShouldContain("spam");
    }

    [Test]
    public async Task ShouldHonourOwnHeaders_OnlyWhenAccountIsTrusted()
    {
        var message = Message("help", headers: ["X-OTRS-Priority: 5 very high"]);

        var untrusted = await DeliverAsync(message, SupportQueue);
        var trusted = await DeliverAsync(message.Replace("Message-ID: <", "Message-ID: <t-"), SupportQueue, trusted: true);

        (await ScalarAsync<int>("SELECT ticket_priority_id FROM ticket WHERE id = @id", ("id", untrusted.TicketId!))).ShouldBe(3);
        (await ScalarAsync<int>("SELECT ticket_priority_id FROM ticket WHERE id = @id", ("id", trusted.TicketId!))).ShouldBe(5);
    }
}
