using System.Net;
using System.Net.Http.Json;
using GoTrs.Application.Features.Tickets.Common;
using GoTrs.WebApi.IntegrationTests.Support;

namespace GoTrs.WebApi.IntegrationTests.Tickets;

public sealed class UpdateTicketTests : TicketTest
{
    [Test]
    public async Task ShouldChangeAttributesAndWriteTheirHistory()
    {
        using var agent = await AsSupportAgentAsync("editor", "rw");
        var created = await CreateTicketAsync(agent);

        var response = await agent.PatchAsJsonAsync($"/api/v1/tickets/{created.Id}",
            new { title = "Printer fixed?", priorityId = 4, stateId = 4, queueId = SecondQueue });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var ticket = (await response.Content.ReadFromJsonAsync<TicketSummaryDto>())!;
        (ticket.Title, ticket.Priority, ticket.State, ticket.Queue).ShouldBe(("Printer fixed?", "4 high", "open", "Support::Second Level"));
        (await HistoryTypesAsync(created.Id)).Skip(2).ShouldBe(["TitleUpdate", "Move", "StateUpdate", "PriorityUpdate"]);
    }

    [Test]
    public async Task ShouldAnswer409AndChangeNothing_WhenIfMatchIsStale()
    {
        using var agent = await AsSupportAgentAsync("racer", "rw");
        var created = await CreateTicketAsync(agent);
        var first = await agent.GetAsync($"/api/v1/tickets/{created.Id}");
        var etag = first.Headers.ETag!.ToString();
        await agent.PatchAsJsonAsync($"/api/v1/tickets/{created.Id}", new { title = "Changed by someone else" });

        using var stale = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/tickets/{created.Id}") { Content = JsonContent.Create(new { title = "Mine" }) };
        stale.Headers.TryAddWithoutValidation("If-Match", etag);
        var response = await agent.SendAsync(stale);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ZoomAsync(agent, created.Id)).Ticket.Title.ShouldBe("Changed by someone else");
    }

    [Test]
    public async Task ShouldAccept_WhenIfMatchIsCurrent()
    {
        using var agent = await AsSupportAgentAsync("careful", "rw");
        var created = await CreateTicketAsync(agent);
        var etag = (await agent.GetAsync($"/api/v1/tickets/{created.Id}")).Headers.ETag!.ToString();

        using var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/tickets/{created.Id}") { Content = JsonContent.Create(new { title = "Mine" }) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        var response = await agent.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.ETag!.ToString().ShouldNotBe(etag);
    }

    [Test]
    public async Task ShouldLockForTheNewOwner_WhenTheOwnerChanges()
    {
        var newOwner = await CreateAgentAsync("second.owner", (SupportGroup, "owner"), (SupportGroup, "ro"));
        using var agent = await AsSupportAgentAsync("assigner", "rw");
        var created = await CreateTicketAsync(agent);

        var ticket = await (await agent.PatchAsJsonAsync($"/api/v1/tickets/{created.Id}", new { ownerId = newOwner }))
            .Content.ReadFromJsonAsync<TicketSummaryDto>();

        ticket!.OwnerId.ShouldBe(newOwner);
        ticket.Lock.ShouldBe("lock");
        (await HistoryTypesAsync(created.Id)).Skip(2).ShouldBe(["OwnerUpdate", "Lock"]);
    }

    [Test]
    public async Task ShouldRefuseAnOwnerWithoutOwnerRights()
    {
        var reader = await CreateAgentAsync("only.reads", (SupportGroup, "ro"));
        using var agent = await AsSupportAgentAsync("assigner2", "rw");
        var created = await CreateTicketAsync(agent);

        var response = await agent.PatchAsJsonAsync($"/api/v1/tickets/{created.Id}", new { ownerId = reader });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task ShouldUnlock_WhenTheTicketIsClosed()
    {
        using var agent = await AsSupportAgentAsync("finisher", "rw");
        var created = await CreateTicketAsync(agent);
        await agent.PatchAsJsonAsync($"/api/v1/tickets/{created.Id}", new { @lock = true });

        var ticket = await (await agent.PatchAsJsonAsync($"/api/v1/tickets/{created.Id}", new { stateId = 2 }))
            .Content.ReadFromJsonAsync<TicketSummaryDto>();

        ticket!.StateType.ShouldBe("closed");
        ticket.Lock.ShouldBe("unlock");
        (await HistoryTypesAsync(created.Id)).Skip(2).ShouldBe(["Lock", "StateUpdate", "Unlock"]);
    }

    [Test]
    public async Task ShouldNeedMoveIntoOnTheTargetQueue_WhenMoving()
    {
        var otherGroup = await ScalarAsync<int>("""
            INSERT INTO permission_groups (name, valid_id, create_time, create_by, change_time, change_by)
            VALUES ('billing', 1, now(), 1, now(), 1) RETURNING id
            """);
        var billing = await CreateQueueAsync("Billing", otherGroup);
        using var agent = await AsSupportAgentAsync("mover", "rw");
        var created = await CreateTicketAsync(agent);

        var response = await agent.PatchAsJsonAsync($"/api/v1/tickets/{created.Id}", new { queueId = billing });

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task ShouldGiveFieldErrors_ForWrongTypesAndUnknownFields()
    {
        using var agent = await AsSupportAgentAsync("typist", "rw");
        var created = await CreateTicketAsync(agent);

        var response = await agent.PatchAsJsonAsync($"/api/v1/tickets/{created.Id}", new { priorityId = "high", colour = "red" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("errors");
        errors.TryGetProperty("priorityId", out _).ShouldBeTrue();
        errors.TryGetProperty("colour", out _).ShouldBeTrue();
    }

    [Test]
    public async Task ShouldSetAndClearServiceAndSla()
    {
        await ExecuteAsync("""
            INSERT INTO service (name, valid_id, create_time, create_by, change_time, change_by) VALUES ('Email', 1, now(), 1, now(), 1);
            INSERT INTO sla (name, first_response_time, update_time, solution_time, valid_id, create_time, create_by, change_time, change_by)
            VALUES ('Gold', 60, 120, 480, 1, now(), 1, now(), 1);
            INSERT INTO service_sla (service_id, sla_id) SELECT s.id, l.id FROM service s, sla l;
            """);
        var serviceId = await ScalarAsync<int>("SELECT id FROM service");
        var slaId = await ScalarAsync<int>("SELECT id FROM sla");
        using var agent = await AsSupportAgentAsync("classifier", "rw");
        var created = await CreateTicketAsync(agent);

        var set = await (await agent.PatchAsJsonAsync($"/api/v1/tickets/{created.Id}", new { serviceId, slaId }))
            .Content.ReadFromJsonAsync<TicketSummaryDto>();
        var cleared = await (await agent.PatchAsJsonAsync($"/api/v1/tickets/{created.Id}", new { serviceId = (int?)null, slaId = (int?)null }))
            .Content.ReadFromJsonAsync<TicketSummaryDto>();

        (set!.Service, set.Sla).ShouldBe(("Email", "Gold"));
        (cleared!.Service, cleared.Sla).ShouldBe((null, null));
        (await HistoryTypesAsync(created.Id)).ShouldContain("SLAUpdate");
    }
}
