using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GoTrs.Application.Features.Tickets.CreateTicket;
using GoTrs.WebApi.IntegrationTests.Support;

namespace GoTrs.WebApi.IntegrationTests.Tickets;

public sealed class CreateTicketTests : TicketTest
{
    [Test]
    public async Task ShouldCreateTheTicketWithItsArticleAndHistory_WhenTheAgentMayCreate()
    {
        using var agent = await AsSupportAgentAsync("creator", "create", "ro");

        var response = await agent.PostAsJsonAsync("/api/v1/tickets", NewTicket());

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var created = (await response.Content.ReadFromJsonAsync<CreatedTicket>())!;
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/tickets/{created.Id}");
        created.TicketNumber.Length.ShouldBe(16, "DateChecksum: date, SystemID 10, 5-digit counter, check digit");
        (await ListAsync("SELECT tn || '|' || title || '|' || customer_user_id FROM ticket WHERE id = @id", ("id", created.Id)))
            .ShouldBe([$"{created.TicketNumber}|Printer on fire|jane@example.com"]);
        (await HistoryTypesAsync(created.Id)).ShouldBe(["NewTicket", "PhoneCallCustomer"]);
        (await ScalarAsync<string>("SELECT a_body FROM article_data_mime WHERE article_id = @a", ("a", created.ArticleId)))
            .ShouldBe("It smokes.");
    }

    [Test]
    public async Task ShouldShowTheCustomerAndCompanyInTheZoom_WhenTheCustomerUserIsKnown()
    {
        await CreateCustomerAsync("carla", "GLOBEX");
        await ExecuteAsync("""
            INSERT INTO customer_company (customer_id, name, valid_id, create_time, create_by, change_time, change_by)
            VALUES ('GLOBEX', 'Globex Corporation', 1, now(), 1, now(), 1)
            """);
        using var agent = await AsSupportAgentAsync("zoomer", "rw");
        var known = await CreateTicketAsync(agent, "Known", customer: "carla");
        var unknown = await CreateTicketAsync(agent, "Unknown", customer: "nobody@example.com");

        var zoom = await ZoomAsync(agent, known.Id);

        zoom.Customer.ShouldBe(new GoTrs.Application.Features.Tickets.GetTicket.CustomerInfoDto(
            "carla", "Cust", "carla", "carla@example.com", null, "GLOBEX", "Globex Corporation"));
        (await ZoomAsync(agent, unknown.Id)).Customer.ShouldBeNull();
    }

    [Test]
    public async Task ShouldApplyOtrsDefaults_WhenOnlyTheRequiredFieldsAreGiven()
    {
        var agentId = await CreateAgentAsync("defaults", (SupportGroup, "rw"));
        using var agent = WithToken((await LoginAsync("defaults", PersonaPassword)).AccessToken);

        var created = await CreateTicketAsync(agent);

        var zoom = await ZoomAsync(agent, created.Id);
        zoom.Ticket.State.ShouldBe("new");
        zoom.Ticket.Priority.ShouldBe("3 normal");
        zoom.Ticket.Type.ShouldBe("Unclassified");
        zoom.Ticket.OwnerId.ShouldBe(agentId);
        zoom.Ticket.ResponsibleId.ShouldBe(agentId);
        zoom.Ticket.Lock.ShouldBe("unlock");
    }

    [Test]
    public async Task ShouldLockForTheOwner_WhenAnOwnerIsGiven()
    {
        var ownerId = await CreateAgentAsync("owner.one", (SupportGroup, "rw"));
        using var agent = await AsSupportAgentAsync("dispatcher", "rw");

        var response = await agent.PostAsJsonAsync("/api/v1/tickets", new
        {
            title = "Assigned", queueId = SupportQueue, customerUser = "jane@example.com", ownerId,
            article = new { subject = "Assigned", body = "x" },
        });

        var created = (await response.Content.ReadFromJsonAsync<CreatedTicket>())!;
        var zoom = await ZoomAsync(agent, created.Id);
        zoom.Ticket.OwnerLogin.ShouldBe("owner.one");
        zoom.Ticket.Lock.ShouldBe("lock");
        (await HistoryTypesAsync(created.Id)).ShouldContain("OwnerUpdate");
    }

    [Test]
    public async Task ShouldAnswer400WithEveryFieldError_WhenTheRequestIsIncomplete()
    {
        using var agent = await AsSupportAgentAsync("sloppy", "rw");

        var response = await agent.PostAsJsonAsync("/api/v1/tickets", new { queueId = SupportQueue, article = new { body = "x" } });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.TryGetProperty("title", out _).ShouldBeTrue();
        errors.TryGetProperty("article.subject", out _).ShouldBeTrue();
    }

    [Test]
    public async Task ShouldAnswer400_WhenReferencedItemsDoNotExist()
    {
        using var agent = await AsSupportAgentAsync("typo", "rw");

        var response = await agent.PostAsJsonAsync("/api/v1/tickets", new
        {
            title = "x", queueId = SupportQueue, customerUser = "not an address", stateId = 999, priorityId = 999,
            article = new { subject = "x", body = "x" },
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldBe(["stateId", "priorityId", "customerUser"], ignoreOrder: true);
    }

    [Test]
    public async Task ShouldAnswer403_WhenTheAgentMayReadButNotCreate()
    {
        using var agent = await AsSupportAgentAsync("reader", "ro");

        var response = await agent.PostAsJsonAsync("/api/v1/tickets", NewTicket());

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ScalarAsync<long>("SELECT count(*) FROM ticket")).ShouldBe(1L, "only Znuny's demo ticket");
    }

    [Test]
    public async Task ShouldRequireAFuturePendingTime_WhenTheStateIsPending()
    {
        using var agent = await AsSupportAgentAsync("pender", "rw");
        object Pending(DateTimeOffset? until) => new
        {
            title = "Wait", queueId = SupportQueue, customerUser = "jane@example.com", stateId = 6, pendingUntil = until,
            article = new { subject = "Wait", body = "x" },
        };

        var missing = await agent.PostAsJsonAsync("/api/v1/tickets", Pending(null));
        var past = await agent.PostAsJsonAsync("/api/v1/tickets", Pending(DateTimeOffset.UtcNow.AddDays(-1)));
        var ok = await agent.PostAsJsonAsync("/api/v1/tickets", Pending(DateTimeOffset.UtcNow.AddDays(2)));

        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        past.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        ok.StatusCode.ShouldBe(HttpStatusCode.Created);
        var created = (await ok.Content.ReadFromJsonAsync<CreatedTicket>())!;
        (await ZoomAsync(agent, created.Id)).Ticket.PendingUntil.ShouldNotBeNull();
        (await HistoryTypesAsync(created.Id)).ShouldContain("SetPendingTime");
    }

    [Test]
    public async Task ShouldResolveTheCustomerUser_ByLoginOrEmail()
    {
        await CreateCustomerAsync("jane", "ACME");
        using var agent = await AsSupportAgentAsync("front.desk", "rw");

        var byMail = await CreateTicketAsync(agent, customer: "jane@example.com");
        var byLogin = await CreateTicketAsync(agent, customer: "jane");

        foreach (var id in new[] { byMail.Id, byLogin.Id })
            (await ListAsync("SELECT customer_user_id || '|' || customer_id FROM ticket WHERE id = @id", ("id", id)))
                .ShouldBe(["jane|ACME"]);
    }

    [Test]
    public async Task ShouldKeepDynamicFieldValues_WhenGiven()
    {
        await ExecuteAsync("""
            INSERT INTO dynamic_field (internal_field, name, label, field_order, field_type, object_type, config, valid_id,
                                       create_time, create_by, change_time, change_by)
            VALUES (0, 'Contract', 'Contract', 1, 'Text', 'Ticket', '---', 1, now(), 1, now(), 1)
            """);
        using var agent = await AsSupportAgentAsync("df.agent", "rw");

        var response = await agent.PostAsJsonAsync("/api/v1/tickets", new
        {
            title = "With field", queueId = SupportQueue, customerUser = "jane@example.com",
            article = new { subject = "s", body = "b" }, dynamicFields = new Dictionary<string, object> { ["Contract"] = "C-42" },
        });
        var unknown = await agent.PostAsJsonAsync("/api/v1/tickets", new
        {
            title = "With field", queueId = SupportQueue, customerUser = "jane@example.com",
            article = new { subject = "s", body = "b" }, dynamicFields = new Dictionary<string, object> { ["Nope"] = "x" },
        });

        var created = (await response.Content.ReadFromJsonAsync<CreatedTicket>())!;
        var zoom = await ZoomAsync(agent, created.Id);
        zoom.DynamicFields.Single().Name.ShouldBe("Contract");
        zoom.DynamicFields.Single().Values.Single()!.ToString().ShouldBe("C-42");
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task ShouldGiveEveryTicketItsOwnNumber_WhenCreatedInParallel()
    {
        using var agent = await AsSupportAgentAsync("parallel", "rw");

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            agent.PostAsJsonAsync("/api/v1/tickets", NewTicket($"Parallel {i}"))));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Created);
        var numbers = new List<string>();
        foreach (var r in responses) numbers.Add((await r.Content.ReadFromJsonAsync<CreatedTicket>())!.TicketNumber);
        numbers.Distinct().Count().ShouldBe(12);
    }

    [Test]
    public async Task ShouldOpenTicketsForThemselves_WhenACustomerHasRwOnTheQueueGroup()
    {
        await CreateCustomerAsync("jane", "ACME");
        await ExecuteAsync("""
            INSERT INTO group_customer_user (user_id, group_id, permission_key, permission_value, create_time, create_by, change_time, change_by)
            VALUES ('jane', @g, 'rw', 1, now(), 1, now(), 1)
            """, ("g", SupportGroup));
        using var customer = WithToken((await LoginAsync("jane", PersonaPassword, customer: true)).AccessToken);

        var response = await customer.PostAsJsonAsync("/api/v1/tickets", new
        {
            title = "Help", queueId = SupportQueue, article = new { subject = "Help", body = "Please." },
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var created = (await response.Content.ReadFromJsonAsync<CreatedTicket>())!;
        (await ListAsync("SELECT customer_user_id || '|' || customer_id || '|' || user_id FROM ticket WHERE id = @id", ("id", created.Id)))
            .ShouldBe(["jane|ACME|1"]);
        (await HistoryTypesAsync(created.Id)).ShouldBe(["NewTicket", "WebRequestCustomer"]);
    }
}
