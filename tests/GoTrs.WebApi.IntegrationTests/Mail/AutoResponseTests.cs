using System.Text;

namespace GoTrs.WebApi.IntegrationTests.Mail;

public sealed class AutoResponseTests : MailTest
{
    private static async Task<string> QueuedMessageAsync() =>
        Encoding.UTF8.GetString(Convert.FromBase64String(await ScalarAsync<string>("SELECT raw_message FROM mail_queue ORDER BY id DESC LIMIT 1")));

    [Test]
    public async Task ShouldQueueAutoReplyWithHook_WhenNewTicketArrives()
    {
        await EnableAutoResponseAsync(SupportQueue, 1);

        var result = await DeliverAsync(Message("Printer on fire", from: "Alice <alice@example.com>"), SupportQueue);

        result.Reason.ShouldBeNull();
        (await CountAsync("SELECT count(*) FROM mail_queue")).ShouldBe(1);
        var raw = await QueuedMessageAsync();
        raw.ShouldContain($"[Ticket#{await TicketNumberAsync(result.TicketId!.Value)}]");
        raw.ShouldContain("Auto-Submitted: auto-replied");
        raw.ShouldContain("To: \"Alice\" <alice@example.com>");
        (await HistoryTypesAsync(result.TicketId!.Value)).ShouldContain("SendAutoReply");
        (await ScalarAsync<string>("SELECT recipient FROM mail_queue")).ShouldBe("alice@example.com");
    }

    [Test]
    public async Task ShouldAnswerEveryReplyToMailbox_WhenReplyToListsTwoWithCommaInName()
    {
        await EnableAutoResponseAsync(SupportQueue, 1);

        await DeliverAsync(Message("Printer on fire", headers: ["Reply-To: \"Doe, John\" <john@example.com>, desk@example.com"]), SupportQueue);

        (await ScalarAsync<string>("SELECT recipient FROM mail_queue")).ShouldBe("john@example.com,desk@example.com");
        (await QueuedMessageAsync()).ShouldContain("To: \"Doe, John\" <john@example.com>, desk@example.com");
    }

    [TestCase("Auto-Submitted: auto-replied")]
    [TestCase("Precedence: bulk")]
    [TestCase("Precedence: list")]
    public async Task ShouldNotAutoRespond_WhenMailIsAutomatic(string header)
    {
        await EnableAutoResponseAsync(SupportQueue, 1);

        await DeliverAsync(Message("Out of office", headers: [header]), SupportQueue);

        (await CountAsync("SELECT count(*) FROM mail_queue")).ShouldBe(0);
    }

    [Test]
    public async Task ShouldNotAutoRespond_WhenSenderIsMailerDaemon()
    {
        await EnableAutoResponseAsync(SupportQueue, 1);

        await DeliverAsync(Message("Delivery failure", from: "MAILER-DAEMON@mx.example"), SupportQueue);

        (await CountAsync("SELECT count(*) FROM mail_queue")).ShouldBe(0);
    }

    [Test]
    public async Task ShouldStopAutoResponding_WhenDailyLimitPerSenderIsReached()
    {
        await EnableAutoResponseAsync(SupportQueue, 1);
        var today = DateTime.UtcNow.ToString("yyyy-M-d", System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < 40; i++)
            await ExecuteAsync("INSERT INTO ticket_loop_protection (sent_to, sent_date) VALUES ('alice@example.com', @d)", ("d", today));

        var result = await DeliverAsync(Message("Again"), SupportQueue);

        (await CountAsync("SELECT count(*) FROM mail_queue")).ShouldBe(0);
        (await HistoryTypesAsync(result.TicketId!.Value)).ShouldContain("LoopProtection");
    }

    [Test]
    public async Task ShouldSendFollowUpResponse_WhenCustomerReplies()
    {
        await EnableAutoResponseAsync(SupportQueue, 3);
        var first = await DeliverAsync(Message("Printer on fire"), SupportQueue);
        var tn = await TicketNumberAsync(first.TicketId!.Value);

        await DeliverAsync(Message($"Re: [Ticket#{tn}] Printer on fire"), SupportQueue);

        (await CountAsync("SELECT count(*) FROM mail_queue")).ShouldBe(1);
        (await HistoryTypesAsync(first.TicketId!.Value)).ShouldContain("SendAutoFollowUp");
    }
}
