namespace GoTrs.WebApi.IntegrationTests.Mail.Flows;

/// <summary>
/// A fetch delivers several messages at once (Mail:DeliveryParallelism, 3 by default); messages that belong together
/// must still be placed as if one came after the other.
/// </summary>
public sealed class ParallelDeliveryTests : MailFlowTest
{
    [Test]
    public async Task ShouldPlaceReplyOnTheNewTicket_WhenQuestionAndReplyArriveInOneFetch()
    {
        await SendToMailboxAsync(Message("Printer on fire", from: "alice@example.com", messageId: "<question@client.example>"));
        await SendToMailboxAsync(Message("Re: Printer on fire", from: "bob@example.com", headers: ["In-Reply-To: <question@client.example>"]));
        for (var i = 0; i < 4; i++) await SendToMailboxAsync(Message($"Unrelated {i}", from: $"other{i}@example.com"));

        await PollAsync();

        (await CountAsync("SELECT count(*) FROM ticket WHERE title LIKE '%Printer on fire%'")).ShouldBe(1);
        var ticketId = await ScalarAsync<long>("SELECT id FROM ticket WHERE title = 'Printer on fire'");
        (await CountAsync("SELECT count(*) FROM article WHERE ticket_id = @t", ("t", ticketId))).ShouldBe(2);
        (await CountAsync("SELECT count(*) FROM ticket WHERE title LIKE 'Unrelated %'")).ShouldBe(4);
    }

    [Test]
    public async Task ShouldAddEveryFollowUpInMailboxOrder_WhenManyRepliesToOneTicketArriveTogether()
    {
        await SendToMailboxAsync(Message("Printer on fire", from: "alice@example.com"));
        await PollAsync();
        var ticketId = await ScalarAsync<long>("SELECT id FROM ticket WHERE title = 'Printer on fire'");
        var hook = $"[Ticket#{await TicketNumberAsync(ticketId)}]";
        for (var i = 0; i < 8; i++) await SendToMailboxAsync(Message($"RE: {hook} reply {i}", from: $"colleague{i}@example.com"));

        await PollAsync();

        (await ListAsync("SELECT m.a_subject FROM article_data_mime m JOIN article a ON a.id = m.article_id WHERE a.ticket_id = @t ORDER BY a.id",
            ("t", ticketId))).ShouldBe(["Printer on fire", .. Enumerable.Range(0, 8).Select(i => $"RE: {hook} reply {i}")]);
        (await CountAsync("SELECT count(*) FROM gotrs_mail_quarantine")).ShouldBe(0);
    }
}
