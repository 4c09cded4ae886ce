using System.Net;
using System.Net.Http.Json;
using GoTrs.Application.Features.Tickets.AccountTime;
using GoTrs.Application.Features.Tickets.BulkUpdate;
using GoTrs.Application.Features.Tickets.Links;
using GoTrs.Application.Features.Tickets.Watchers;
using GoTrs.WebApi.IntegrationTests.Support;

namespace GoTrs.WebApi.IntegrationTests.Tickets;

public sealed class TicketRelationsTests : TicketTest
{
    [Test]
    public async Task ShouldMergeAsOtrsDoes()
    {
        using var agent = await AsSupportAgentAsync("merger", "rw");
        var main = await CreateTicketAsync(agent, "Main");
        var duplicate = await CreateTicketAsync(agent, "Duplicate");

        var response = await agent.PostAsJsonAsync($"/api/v1/tickets/{duplicate.Id}/merge", new { intoTicket = main.TicketNumber });

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await ZoomAsync(agent, duplicate.Id)).Ticket.StateType.ShouldBe("merged");
        (await ZoomAsync(agent, main.Id)).Articles.Items.Select(a => a.Subject).ShouldBe(["Main", "Duplicate"]);
        (await HistoryTypesAsync(duplicate.Id)).ShouldContain("Merged");
        (await HistoryTypesAsync(main.Id)).ShouldContain("Merged");
        var links = await agent.GetFromJsonAsync<List<LinkedTicketDto>>($"/api/v1/tickets/{main.Id}/links");
        links!.Single().Role.ShouldBe("child");
        (await agent.PostAsJsonAsync($"/api/v1/tickets/{duplicate.Id}/merge", new { intoTicket = main.Id.ToString() }))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task ShouldLinkAndUnlinkTickets()
    {
        using var agent = await AsSupportAgentAsync("linker", "rw");
        var a = await CreateTicketAsync(agent, "A");
        var b = await CreateTicketAsync(agent, "B");

        (await agent.PostAsJsonAsync($"/api/v1/tickets/{a.Id}/links", new { targetTicket = b.Id.ToString(), type = "ParentChild", role = "parent" }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var fromA = await agent.GetFromJsonAsync<List<LinkedTicketDto>>($"/api/v1/tickets/{a.Id}/links");
        var fromB = await agent.GetFromJsonAsync<List<LinkedTicketDto>>($"/api/v1/tickets/{b.Id}/links");
        var again = await agent.PostAsJsonAsync($"/api/v1/tickets/{a.Id}/links", new { targetTicket = b.Id.ToString(), type = "ParentChild", role = "parent" });
        var removed = await agent.DeleteAsync($"/api/v1/tickets/{a.Id}/links/{b.Id}");

        fromA!.Single().Role.ShouldBe("parent");
        fromB!.Single().Role.ShouldBe("child");
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        removed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await agent.GetFromJsonAsync<List<LinkedTicketDto>>($"/api/v1/tickets/{a.Id}/links"))!.ShouldBeEmpty();
        (await HistoryTypesAsync(a.Id)).ShouldContain("TicketLinkDelete");
    }

    [Test]
    public async Task ShouldWatchAndUnwatch()
    {
        var agentId = await CreateAgentAsync("watcher", (SupportGroup, "ro"));
        using var creator = await AsSupportAgentAsync("creator2", "rw");
        var ticket = await CreateTicketAsync(creator);
        using var agent = WithToken((await LoginAsync("watcher", PersonaPassword)).AccessToken);

        (await agent.PostAsJsonAsync($"/api/v1/tickets/{ticket.Id}/watchers", new { })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await agent.GetFromJsonAsync<List<WatcherDto>>($"/api/v1/tickets/{ticket.Id}/watchers"))!.Single().Login.ShouldBe("watcher");
        (await ZoomAsync(agent, ticket.Id)).IsWatching.ShouldBeTrue();
        (await agent.DeleteAsync($"/api/v1/tickets/{ticket.Id}/watchers/{agentId}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await HistoryTypesAsync(ticket.Id)).Skip(2).ShouldBe(["Subscribe", "Unsubscribe"]);
    }

    [Test]
    public async Task ShouldTotalAccountedTime()
    {
        using var agent = await AsSupportAgentAsync("timer", "rw");
        var ticket = await CreateTicketAsync(agent);

        await agent.PostAsJsonAsync($"/api/v1/tickets/{ticket.Id}/time-accounting", new { timeUnits = 2.5 });
        var result = await (await agent.PostAsJsonAsync($"/api/v1/tickets/{ticket.Id}/time-accounting",
            new { timeUnits = 1, articleId = ticket.ArticleId })).Content.ReadFromJsonAsync<TimeAccountingDto>();

        result!.Total.ShouldBe(3.5m);
        result.Entries.Count.ShouldBe(2);
        (await ZoomAsync(agent, ticket.Id)).TimeAccounted.ShouldBe(3.5m);
        (await agent.PostAsJsonAsync($"/api/v1/tickets/{ticket.Id}/time-accounting", new { timeUnits = 0 }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task ShouldReportPerTicket_WhenABulkActionMeetsTicketsWithDifferentRights()
    {
        using var agent = await AsSupportAgentAsync("bulker", "rw");
        var one = await CreateTicketAsync(agent, "One");
        var two = await CreateTicketAsync(agent, "Two");

        var response = await agent.PostAsJsonAsync("/api/v1/tickets/bulk",
            new { ticketIds = new[] { one.Id, two.Id, 1L, 999999L }, priorityId = 5, queueId = SecondQueue });

        var result = (await response.Content.ReadFromJsonAsync<BulkResult>())!;
        result.Results.Select(r => $"{r.TicketId}:{r.Status}").ShouldBe([$"{one.Id}:200", $"{two.Id}:200", "1:404", "999999:404"]);
        (await ZoomAsync(agent, two.Id)).Ticket.Queue.ShouldBe("Support::Second Level");
    }
}
