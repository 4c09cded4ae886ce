using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using GoTrs.Application.Features.Mail.Common;
using GoTrs.Application.Features.Tickets.CreateTicket;
using GoTrs.Infrastructure.Mail.Mime;

namespace GoTrs.WebApi.IntegrationTests.Mail.Flows;

/// <summary>OTRS's "new e-mail ticket": the first article of a ticket an agent opens by e-mail goes out to the customer.</summary>
public sealed class NewEmailTicketTests : MailFlowTest
{
    private object EmailTicket(object? article = null) => new
    {
        title = "Your new monitor", queueId = SupportQueue, customerUser = "alice",
        article = article ?? new { subject = "Your new monitor", body = "It ships on Monday, <OTRS_CUSTOMER_DATA_UserFirstname>.", channel = "email" },
    };

    [SetUp]
    public async Task WriteQueueTextsAsync()
    {
        await CreateCustomerAsync("alice", "ACME");
        await ExecuteAsync("UPDATE salutation SET text = 'Dear <OTRS_CUSTOMER_REALNAME>,' WHERE id = 1");
        await ExecuteAsync("UPDATE signature SET text = 'Your <OTRS_TICKET_Queue> team' WHERE id = 1");
        await ExecuteAsync("UPDATE system_address SET value0 = 'support@example.com', value1 = 'Example Support' WHERE id = 1");
    }

    [Test]
    public async Task ShouldSendFirstArticleToCustomer_WhenAgentCreatesEmailTicket()
    {
        using var agent = await AsSupportAgentAsync("agent1", "rw");

        var response = await agent.PostAsJsonAsync("/api/v1/tickets", EmailTicket());
        await SendQueuedAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var created = (await response.Content.ReadFromJsonAsync<CreatedTicket>())!;
        var sent = Received().ShouldHaveSingleItem();
        HeaderOf(sent, "To").ShouldBe("\"Cust alice\" <alice@example.com>");
        HeaderOf(sent, "From").ShouldBe("\"Example Support\" <support@example.com>");
        HeaderOf(sent, "Subject").ShouldBe($"[Ticket#{created.TicketNumber}] Your new monitor");
        HeaderOf(sent, "Message-ID").ShouldEndWith("@example.com>");
        HeaderOf(sent, "In-Reply-To").ShouldBeEmpty();
        MimeParser.Parse(Encoding.UTF8.GetBytes(sent)).TextBody.Replace("\r\n", "\n")
            .ShouldBe("Dear Cust alice,\n\nIt ships on Monday, Cust.\n\nYour Support team");
        var stored = await ScalarAsync<string>("SELECT body FROM article_data_mime_plain WHERE article_id = @a", ("a", created.ArticleId));
        Encoding.UTF8.GetString(Convert.FromBase64String(stored)).ShouldBe(sent);
        (await HistoryTypesAsync(created.Id)).ShouldBe(["NewTicket", "EmailAgent"]);
    }

    [Test]
    public async Task ShouldThreadCustomersAnswerIntoTicket_WhenItRepliesToTheSentMail()
    {
        using var agent = await AsSupportAgentAsync("agent1", "rw");
        var created = (await (await agent.PostAsJsonAsync("/api/v1/tickets", EmailTicket())).Content.ReadFromJsonAsync<CreatedTicket>())!;
        await SendQueuedAsync();
        var ours = HeaderOf(Received().Single(), "Message-ID");

        var answer = await DeliverAsync(Message("Thanks!", from: "alice@example.com", headers: [$"In-Reply-To: {ours}"]));

        answer.Outcome.ShouldBe(DeliveryOutcome.FollowUp);
        answer.TicketId.ShouldBe(created.Id);
    }

    [Test]
    public async Task ShouldSendToEveryRecipient_WhenCcHoldsQuotedNameWithComma()
    {
        using var agent = await AsSupportAgentAsync("agent1", "rw");

        var response = await agent.PostAsJsonAsync("/api/v1/tickets", EmailTicket(new
        {
            subject = "Monitor", body = "x", channel = "email", cc = "\"Doe, John\" <john@example.com>, =?UTF-8?Q?J=C3=BCrgen?= <jm@example.com>",
            bcc = "Audit: <audit@example.com>;",
        }));
        await SendQueuedAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var sent = Received().ShouldHaveSingleItem();
        HeaderOf(sent, "Cc").ShouldBe("\"Doe, John\" <john@example.com>, =?UTF-8?B?SsO8cmdlbg==?= <jm@example.com>");
        HeaderOf(sent, "Bcc").ShouldBeEmpty();
        EnvelopeRecipients().ShouldBe(["alice@example.com", "john@example.com", "jm@example.com", "audit@example.com"], ignoreOrder: true);
    }

    [Test]
    public async Task ShouldAnswer400WithArticleFieldErrors_WhenRecipientsAreNoAddresses()
    {
        using var agent = await AsSupportAgentAsync("agent1", "rw");

        var response = await agent.PostAsJsonAsync("/api/v1/tickets", EmailTicket(new
        {
            subject = "Monitor", body = "x", channel = "email", to = "alice", cc = "John Doe, b@example.com",
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.GetProperty("article.to")[0].GetString().ShouldBe("'alice' is not an e-mail address.");
        errors.GetProperty("article.cc")[0].GetString()!.ShouldContain("John Doe");
        (await CountAsync("SELECT count(*) FROM ticket")).ShouldBe(1); // Znuny's welcome ticket only
    }

    [Test]
    public async Task ShouldAnswer400_WhenCustomerHasNoAddressAndNoToIsGiven()
    {
        await ExecuteAsync("UPDATE customer_user SET email = '' WHERE login = 'alice'");
        using var agent = await AsSupportAgentAsync("agent1", "rw");

        var response = await agent.PostAsJsonAsync("/api/v1/tickets", EmailTicket());

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("article.to", out _).ShouldBeTrue();
    }

    [Test]
    public async Task ShouldSendNothing_WhenEmailArticleIsInternalOrFromTheCustomer()
    {
        using var agent = await AsSupportAgentAsync("agent1", "rw");

        var hidden = await agent.PostAsJsonAsync("/api/v1/tickets",
            EmailTicket(new { subject = "Note", body = "x", channel = "email", isVisibleForCustomer = false }));
        var received = await agent.PostAsJsonAsync("/api/v1/tickets",
            EmailTicket(new { subject = "As received", body = "x", channel = "email", senderType = "customer" }));

        hidden.StatusCode.ShouldBe(HttpStatusCode.Created);
        received.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await CountAsync("SELECT count(*) FROM mail_queue")).ShouldBe(0);
    }
}
