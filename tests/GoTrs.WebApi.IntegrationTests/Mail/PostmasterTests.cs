using System.Net.Http.Json;
using System.Text;
using GoTrs.Application.Features.Mail.Common;

namespace GoTrs.WebApi.IntegrationTests.Mail;

public sealed class PostmasterTests : MailTest
{
    [Test]
    public async Task ShouldCreateTicketWithKnownCustomer_WhenCustomerUserWrites()
    {
        await CreateCustomerAsync("alice", "ACME");
        var message = Message("Printer on fire", from: "Alice <alice@example.com>");

        var result = await DeliverAsync(message, SupportQueue);

        result.Outcome.ShouldBe(DeliveryOutcome.NewTicket);
        var row = await ListAsync("SELECT customer_user_id || '|' || customer_id || '|' || queue_id || '|' || title FROM ticket WHERE id = @id",
            ("id", result.TicketId!));
        row.ShouldBe([$"alice|ACME|{SupportQueue}|Printer on fire"]);
        var raw = await ScalarAsync<string>("SELECT body FROM article_data_mime_plain WHERE article_id = @a", ("a", result.ArticleId!));
        Encoding.UTF8.GetString(Convert.FromBase64String(raw)).ShouldBe(message);
        (await HistoryTypesAsync(result.TicketId!.Value)).ShouldBe(["NewTicket", "EmailCustomer"]);
    }

    [Test]
    public async Task ShouldUseSenderAsCustomer_WhenSenderIsUnknown()
    {
        var result = await DeliverAsync(Message("Hello", from: "Bob <bob@elsewhere.example>"), SupportQueue);

        (await ListAsync("SELECT customer_user_id || '|' || customer_id FROM ticket WHERE id = @id", ("id", result.TicketId!)))
            .ShouldBe(["bob@elsewhere.example|bob@elsewhere.example"]);
    }

    [Test]
    public async Task ShouldAddFollowUp_WhenSubjectCarriesTicketHook()
    {
        var first = await DeliverAsync(Message("Printer on fire"), SupportQueue);
        var tn = await TicketNumberAsync(first.TicketId!.Value);

        var reply = await DeliverAsync(Message($"Re: [Ticket#{tn}] Printer on fire", body: "Still burning.\r\n"), SupportQueue);

        reply.Outcome.ShouldBe(DeliveryOutcome.FollowUp);
        reply.TicketId.ShouldBe(first.TicketId);
        (await CountAsync("SELECT count(*) FROM article WHERE ticket_id = @t", ("t", first.TicketId!))).ShouldBe(2);
        (await HistoryTypesAsync(first.TicketId!.Value)).ShouldContain("FollowUp");
    }

    [Test]
    public async Task ShouldAddFollowUp_WhenOnlyReferencesNameOurMessage()
    {
        var first = await DeliverAsync(Message("Printer on fire", messageId: "<original-1@client.example>"), SupportQueue);

        var reply = await DeliverAsync(Message("Re: Printer on fire", headers: ["References: <unrelated@x.example> <original-1@client.example>"]), SupportQueue);

        reply.Outcome.ShouldBe(DeliveryOutcome.FollowUp);
        reply.TicketId.ShouldBe(first.TicketId);
    }

    [Test]
    public async Task ShouldReopenTicket_WhenFollowUpToClosedTicketIsPossible()
    {
        var first = await DeliverAsync(Message("Printer on fire"), SupportQueue);
        await CloseTicketAsync(first.TicketId!.Value);
        var tn = await TicketNumberAsync(first.TicketId!.Value);

        var reply = await DeliverAsync(Message($"Re: [Ticket#{tn}] again"), SupportQueue);

        reply.Outcome.ShouldBe(DeliveryOutcome.FollowUp);
        (await ScalarAsync<string>("SELECT s.name FROM ticket t JOIN ticket_state s ON s.id = t.ticket_state_id WHERE t.id = @id",
            ("id", first.TicketId!))).ShouldBe("open");
    }

    [Test]
    public async Task ShouldOpenNewTicket_WhenClosedTicketsQueueSaysNewTicket()
    {
        await SetFollowUpAsync(SupportQueue, 3);
        var first = await DeliverAsync(Message("Printer on fire"), SupportQueue);
        await CloseTicketAsync(first.TicketId!.Value);
        var tn = await TicketNumberAsync(first.TicketId!.Value);

        var reply = await DeliverAsync(Message($"Re: [Ticket#{tn}] Printer on fire"), SupportQueue);

        reply.Outcome.ShouldBe(DeliveryOutcome.NewTicket);
        reply.TicketId.ShouldNotBe(first.TicketId);
        (await CountAsync("SELECT count(*) FROM article WHERE ticket_id = @t", ("t", first.TicketId!))).ShouldBe(1);
    }

    [Test]
    public async Task ShouldQuarantineWithReason_WhenClosedTicketsQueueRejectsFollowUps()
    {
        await SetFollowUpAsync(SupportQueue, 2);
        var first = await DeliverAsync(Message("Printer on fire"), SupportQueue);
        await CloseTicketAsync(first.TicketId!.Value);
        var tn = await TicketNumberAsync(first.TicketId!.Value);
        var message = Message($"Re: [Ticket#{tn}] Printer on fire");

        var reply = await DeliverAsync(message, SupportQueue);

        reply.Outcome.ShouldBe(DeliveryOutcome.Quarantined);
        var raw = await ScalarAsync<byte[]>("SELECT raw_message FROM gotrs_mail_quarantine WHERE id = @id", ("id", reply.QuarantineId!));
        Encoding.UTF8.GetString(raw).ShouldBe(message);
        reply.Reason!.ShouldContain("rejected");
    }

    [Test]
    public async Task ShouldQuarantine_WhenMessageHasNoHeaders()
    {
        var result = await DeliverAsync("\r\n\r\njust some bytes, no header at all\r\n", SupportQueue);

        result.Outcome.ShouldBe(DeliveryOutcome.Quarantined);
        (await CountAsync("SELECT count(*) FROM gotrs_mail_quarantine")).ShouldBe(1);
        (await CountAsync("SELECT count(*) FROM ticket")).ShouldBe(1); // Znuny's welcome ticket only
    }

    [Test]
    public async Task ShouldImportOnce_WhenTheSameMailboxMessageIsDeliveredTwice()
    {
        var message = Message("Printer on fire");

        var first = await DeliverAsync(message, SupportQueue, accountId: 7, serverId: "uidl-1");
        var again = await DeliverAsync(message, SupportQueue, accountId: 7, serverId: "uidl-1");

        first.Outcome.ShouldBe(DeliveryOutcome.NewTicket);
        again.Outcome.ShouldBe(DeliveryOutcome.AlreadyImported);
        (await CountAsync("SELECT count(*) FROM ticket WHERE title = 'Printer on fire'")).ShouldBe(1);
    }

    [Test]
    public async Task ShouldPlaceByRecipientSystemAddress_WhenAccountDispatchesByRecipient()
    {
        await ExecuteAsync("""
            INSERT INTO system_address (value0, value1, queue_id, valid_id, create_time, create_by, change_time, change_by)
            VALUES ('second@example.com', 'Second Level', @q, 1, now(), 1, now(), 1)
            """, ("q", SecondQueue));

        var result = await DeliverAsync(Message("Escalated", to: "Second <second@example.com>"), byRecipient: true);

        (await ScalarAsync<int>("SELECT queue_id FROM ticket WHERE id = @id", ("id", result.TicketId!))).ShouldBe(SecondQueue);
    }

    [Test]
    public async Task ShouldStoreAttachments_WhenMessageHasFiles()
    {
        var message = "From: alice@example.com\r\nTo: support@example.com\r\nSubject: Log\r\nMessage-ID: <att-1@x>\r\nMIME-Version: 1.0\r\n" +
            "Content-Type: multipart/mixed; boundary=b1\r\n\r\n--b1\r\nContent-Type: text/plain\r\n\r\nSee log.\r\n--b1\r\n" +
            "Content-Type: text/plain; name=\"log.txt\"\r\nContent-Disposition: attachment; filename=\"log.txt\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
            Convert.ToBase64String(Encoding.ASCII.GetBytes("line 1\nline 2\n")) + "\r\n--b1--\r\n";

        var result = await DeliverAsync(message, SupportQueue);

        var rows = await ListAsync("SELECT filename || '|' || content_size || '|' || disposition FROM article_data_mime_attachment WHERE article_id = @a",
            ("a", result.ArticleId!));
        rows.ShouldBe(["log.txt|14|attachment"]);
    }

    [Test]
    public async Task ShouldAttachBounceToOriginalTicket_WhenDeliveryReportQuotesOurMessage()
    {
        var first = await DeliverAsync(Message("Printer on fire", messageId: "<sent-1@gotrs.example>"), SupportQueue);
        var bounce = "From: MAILER-DAEMON@mx.example\r\nTo: support@example.com\r\nSubject: Undelivered Mail Returned to Sender\r\n" +
            "Message-ID: <bounce-1@mx.example>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=r\r\n\r\n" +
            "--r\r\nContent-Type: text/plain\r\n\r\nDelivery failed.\r\n--r\r\nContent-Type: message/delivery-status\r\n\r\nStatus: 5.1.1\r\n" +
            "--r\r\nContent-Type: message/rfc822\r\n\r\nFrom: support@example.com\r\nSubject: Re: Printer\r\nMessage-ID: <sent-1@gotrs.example>\r\n\r\nbody\r\n--r--\r\n";

        var result = await DeliverAsync(bounce, SupportQueue);

        result.Outcome.ShouldBe(DeliveryOutcome.FollowUp);
        result.TicketId.ShouldBe(first.TicketId);
        (await ScalarAsync<int>("SELECT article_sender_type_id FROM article WHERE id = @a", ("a", result.ArticleId!))).ShouldBe(2);
    }

    [Test]
    public async Task ShouldAddFollowUpToSurvivingTicket_WhenHookNamesAMergedTicket()
    {
        var merged = await DeliverAsync(Message("First"), SupportQueue);
        var main = await DeliverAsync(Message("Second"), SupportQueue);
        using var agent = await AsSupportAgentAsync("agent1", "rw");
        (await agent.PostAsJsonAsync($"/api/v1/tickets/{merged.TicketId}/merge", new { intoTicket = main.TicketId.ToString() })).EnsureSuccessStatusCode();
        var tn = await TicketNumberAsync(merged.TicketId!.Value);

        var reply = await DeliverAsync(Message($"Re: [Ticket#{tn}] First"), SupportQueue);

        reply.Outcome.ShouldBe(DeliveryOutcome.FollowUp);
        reply.TicketId.ShouldBe(main.TicketId);
    }
}
