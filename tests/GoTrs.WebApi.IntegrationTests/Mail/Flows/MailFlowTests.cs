using System.Net.Http.Json;
using System.Text;
using GoTrs.Infrastructure.Mail.Outbound;
using GoTrs.Infrastructure.Mail.Protocols;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace GoTrs.WebApi.IntegrationTests.Mail.Flows;

public sealed class MailFlowTests : MailFlowTest
{
    [Test]
    public async Task ShouldTurnMailIntoTicketWithCustomer_WhenAccountIsPolled()
    {
        await CreateCustomerAsync("alice", "ACME");
        await SendToMailboxAsync(Message("Printer on fire", from: "Alice <alice@example.com>"));

        await PollAsync();

        (await ListAsync("SELECT customer_user_id || '|' || customer_id FROM ticket WHERE title = 'Printer on fire'")).ShouldBe(["alice|ACME"]);
        await PollAsync();
        (await CountAsync("SELECT count(*) FROM ticket WHERE title = 'Printer on fire'")).ShouldBe(1);
    }

    [Test]
    public async Task ShouldSendThreadedReply_WhenAgentAnswersByEmail()
    {
        await CreateCustomerAsync("alice", "ACME");
        await SendToMailboxAsync(Message("Printer on fire", from: "alice@example.com", messageId: "<q1@client.example>"));
        await PollAsync();
        var ticketId = await ScalarAsync<long>("SELECT id FROM ticket WHERE title = 'Printer on fire'");
        using var agent = await AsSupportAgentAsync("agent1", "rw");

        var response = await agent.PostAsJsonAsync($"/api/v1/tickets/{ticketId}/articles",
            new { subject = "Re: Printer on fire", body = "Pull the plug, <OTRS_CUSTOMER_DATA_UserFirstname>.", channel = "email" });
        response.EnsureSuccessStatusCode();
        await SendQueuedAsync();

        var sent = Received().ShouldHaveSingleItem();
        HeaderOf(sent, "To").ShouldContain("alice@example.com");
        HeaderOf(sent, "In-Reply-To").ShouldBe("<q1@client.example>");
        HeaderOf(sent, "References").ShouldContain("<q1@client.example>");
        HeaderOf(sent, "Subject").ShouldContain($"[Ticket#{await TicketNumberAsync(ticketId)}]");
        HeaderOf(sent, "Message-ID").ShouldStartWith("<");
        HeaderOf(sent, "From").ShouldContain("znuny@localhost");
        GoTrs.Infrastructure.Mail.Mime.MimeParser.Parse(Encoding.UTF8.GetBytes(sent)).TextBody.ShouldContain("Pull the plug, Cust.");
        var stored = await ScalarAsync<string>("SELECT p.body FROM article_data_mime_plain p JOIN article a ON a.id = p.article_id WHERE a.ticket_id = @t ORDER BY p.id DESC LIMIT 1",
            ("t", ticketId));
        Encoding.UTF8.GetString(Convert.FromBase64String(stored)).ShouldBe(sent);
        (await CountAsync("SELECT count(*) FROM mail_queue")).ShouldBe(0);
    }

    [Test]
    public async Task ShouldSendReplyToBothMailboxes_WhenToHasQuotedNameWithComma()
    {
        await SendToMailboxAsync(Message("Printer on fire", from: "alice@example.com"));
        await PollAsync();
        var ticketId = await ScalarAsync<long>("SELECT id FROM ticket WHERE title = 'Printer on fire'");
        using var agent = await AsSupportAgentAsync("agent1", "rw");

        var response = await agent.PostAsJsonAsync($"/api/v1/tickets/{ticketId}/articles",
            new { subject = "Re", body = "x", channel = "email", to = "\"Doe, John\" <john@example.com>, b@example.com" });
        await SendQueuedAsync();

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        HeaderOf(Received().Single(), "To").ShouldBe("\"Doe, John\" <john@example.com>, b@example.com");
        EnvelopeRecipients().ShouldBe(["john@example.com", "b@example.com"]);
        (await ScalarAsync<string>("SELECT a_to FROM article_data_mime WHERE a_subject LIKE '%Re'"))
            .ShouldBe("\"Doe, John\" <john@example.com>, b@example.com");
    }

    [Test]
    public async Task ShouldAddFollowUp_WhenCustomerAnswersAgentMailWithOnlyReferences()
    {
        await SendToMailboxAsync(Message("Printer on fire", from: "alice@example.com"));
        await PollAsync();
        var ticketId = await ScalarAsync<long>("SELECT id FROM ticket WHERE title = 'Printer on fire'");
        using var agent = await AsSupportAgentAsync("agent1", "rw");
        (await agent.PostAsJsonAsync($"/api/v1/tickets/{ticketId}/articles", new { subject = "Question", body = "Which printer?", channel = "email" }))
            .EnsureSuccessStatusCode();
        await SendQueuedAsync();
        var ours = HeaderOf(Received().Single(), "Message-ID");

        await SendToMailboxAsync(Message("The big one", from: "alice@example.com", headers: [$"References: {ours}"]));
        await PollAsync();

        (await CountAsync("SELECT count(*) FROM article WHERE ticket_id = @t", ("t", ticketId))).ShouldBe(3);
    }

    [Test]
    public async Task ShouldSendOneAutoReply_WhenOneOfTwoMailsIsAutoSubmitted()
    {
        await EnableAutoResponseAsync(SupportQueue, 1);
        await SendToMailboxAsync(Message("Printer on fire", from: "alice@example.com"));
        await SendToMailboxAsync(Message("Out of office", from: "bob@example.com", headers: ["Auto-Submitted: auto-replied"]));

        await PollAsync();
        await SendQueuedAsync();
        await SendQueuedAsync();

        var sent = Received().ShouldHaveSingleItem();
        HeaderOf(sent, "To").ShouldContain("alice@example.com");
        HeaderOf(sent, "Auto-Submitted").ShouldBe("auto-replied");
    }

    [Test]
    public async Task ShouldKeepQueuedMailRecordErrorAndSendLater_WhenRelayIsDown()
    {
        await SendToMailboxAsync(Message("Printer on fire", from: "alice@example.com"));
        await PollAsync();
        var ticketId = await ScalarAsync<long>("SELECT id FROM ticket WHERE title = 'Printer on fire'");
        using var agent = await AsSupportAgentAsync("agent1", "rw");
        (await agent.PostAsJsonAsync($"/api/v1/tickets/{ticketId}/articles",
            new { subject = "Re", body = "x", channel = "email", to = "alice@example.com" })).EnsureSuccessStatusCode();
        using var relayDown = MailFlowSetup.Api.WithWebHostBuilder(b => b.UseSetting("Smtp:Port", "1"));

        await relayDown.Services.GetRequiredService<MailSendJob>().RunOnceAsync(CancellationToken.None);

        (await CountAsync("SELECT attempts FROM mail_queue")).ShouldBe(1);
        (await CountAsync("SELECT count(*) FROM article_data_mime_send_error")).ShouldBe(1);
        await ExecuteAsync("UPDATE mail_queue SET due_time = NULL");
        await SendQueuedAsync();
        Received().ShouldHaveSingleItem();
        (await CountAsync("SELECT count(*) FROM mail_queue")).ShouldBe(0);
    }

    [Test]
    public async Task ShouldNeitherLoseNorDuplicate_WhenDovecotDiesMidFetch()
    {
        const int count = 40;
        for (var i = 0; i < count; i++) await SendToMailboxAsync(Message($"Crash test {i:00}", from: "alice@example.com"));
        var fetcher = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Application.Common.Interfaces.IMailboxFetcher>(MailFlowSetup.Api.Services);

        var fetch = fetcher.FetchAsync(AccountId, CancellationToken.None);
        while (!fetch.IsCompleted && await CountAsync("SELECT count(*) FROM ticket WHERE title LIKE 'Crash test%'") < 3) await Task.Delay(10);
        await Servers.KillDovecotAsync();
        await Should.ThrowAsync<MailboxException>(fetch);
        await Servers.RestartAsync();
        await PollAsync();

        (await CountAsync("SELECT count(DISTINCT title) FROM ticket WHERE title LIKE 'Crash test%'")).ShouldBe(count);
        (await CountAsync("SELECT count(*) FROM ticket WHERE title LIKE 'Crash test%'")).ShouldBe(count);
        var mailbox = await fetcher.TestAsync(AccountId, CancellationToken.None);
        mailbox.ShouldBe(0);
    }

    [Test]
    public async Task ShouldAddFollowUp_WhenCustomerRepliesQuotingTheTicketHook()
    {
        await SendToMailboxAsync(Message("Printer on fire", from: "alice@example.com"));
        await PollAsync();
        var ticketId = await ScalarAsync<long>("SELECT id FROM ticket WHERE title = 'Printer on fire'");

        await SendToMailboxAsync(Message($"RE: [Ticket#{await TicketNumberAsync(ticketId)}] Printer on fire", from: "alice@example.com"));
        await PollAsync();

        (await CountAsync("SELECT count(*) FROM article WHERE ticket_id = @t", ("t", ticketId))).ShouldBe(2);
        (await CountAsync("SELECT count(*) FROM ticket WHERE title LIKE '%Printer on fire%'")).ShouldBe(1);
    }

    [Test]
    public async Task ShouldOpenNewTicket_WhenMailAnswersClosedTicketOfQueueWithFollowUpNewTicket()
    {
        await SetFollowUpAsync(SupportQueue, 3);
        await SendToMailboxAsync(Message("Printer on fire", from: "alice@example.com"));
        await PollAsync();
        var ticketId = await ScalarAsync<long>("SELECT id FROM ticket WHERE title = 'Printer on fire'");
        await CloseTicketAsync(ticketId);

        await SendToMailboxAsync(Message($"Re: [Ticket#{await TicketNumberAsync(ticketId)}] Printer on fire", from: "alice@example.com"));
        await PollAsync();

        (await CountAsync("SELECT count(*) FROM article WHERE ticket_id = @t", ("t", ticketId))).ShouldBe(1);
        (await CountAsync("SELECT count(*) FROM ticket WHERE title LIKE '%Printer on fire%' AND id <> @t", ("t", ticketId))).ShouldBe(1);
    }
}
