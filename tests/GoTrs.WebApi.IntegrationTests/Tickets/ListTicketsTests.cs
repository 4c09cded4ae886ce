using System.Net;
using System.Net.Http.Json;
using GoTrs.Application.Common.Models;
using GoTrs.Application.Features.Tickets.Common;
using GoTrs.WebApi.IntegrationTests.Support;

namespace GoTrs.WebApi.IntegrationTests.Tickets;

public sealed class ListTicketsTests : TicketTest
{
    private static async Task<PagedList<TicketSummaryDto>> ListAsync(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<PagedList<TicketSummaryDto>>("/api/v1/tickets" + query))!;

    [Test]
    public async Task ShouldListOnlyTicketsOfReadableQueues()
    {
        using var agent = await AsSupportAgentAsync("lister", "rw");
        await CreateTicketAsync(agent, "Mine");
        using var outsider = await AsAgentAsync("outsider", (1, "rw"));

        var visible = await ListAsync(agent, "");
        var hidden = await ListAsync(outsider, "");

        visible.Items.Select(t => t.Title).ShouldBe(["Mine"]);
        hidden.Items.Select(t => t.Title).ShouldBe(["Znuny says hi!"], "only the demo ticket in Raw, where they have rights");
    }

    [Test]
    public async Task ShouldFilterByAttributes()
    {
        using var agent = await AsSupportAgentAsync("filterer", "rw");
        var a = await CreateTicketAsync(agent, "Alpha", customer: "a@example.com");
        var b = await CreateTicketAsync(agent, "Beta", customer: "b@example.com");
        await agent.PatchAsJsonAsync($"/api/v1/tickets/{b.Id}", new { stateId = 2, priorityId = 5 });

        (await ListAsync(agent, "?stateType=closed")).Items.Select(t => t.Id).ShouldBe([b.Id]);
        (await ListAsync(agent, "?stateType=new,open")).Items.Select(t => t.Id).ShouldBe([a.Id]);
        (await ListAsync(agent, "?priorityId=5")).Items.Select(t => t.Id).ShouldBe([b.Id]);
        (await ListAsync(agent, "?customerUser=a@example.com")).Items.Select(t => t.Id).ShouldBe([a.Id]);
        await agent.PatchAsJsonAsync($"/api/v1/tickets/{a.Id}", new { @lock = "lock" });
        (await ListAsync(agent, "?lock=locked")).Items.Select(t => t.Id).ShouldBe([a.Id]);
        (await ListAsync(agent, "?lock=lock")).Items.Select(t => t.Id).ShouldBe([a.Id], "OTRS's lock type name");
        (await ListAsync(agent, "?lock=unlock")).Items.Select(t => t.Id).ShouldBe([b.Id]);
        (await ListAsync(agent, $"?queueId={SupportQueue}&queueId={SecondQueue}")).Total.ShouldBe(2);
        (await ListAsync(agent, "?title=ALP")).Items.Select(t => t.Id).ShouldBe([a.Id]);
        (await ListAsync(agent, $"?ticketNumber={b.TicketNumber[^6..]}")).Items.Select(t => t.Id).ShouldBe([b.Id]);
    }

    [Test]
    public async Task ShouldFindTicketsByWordsInArticles()
    {
        using var agent = await AsSupportAgentAsync("searcher", "rw");
        var paper = await CreateTicketAsync(agent, "Paper jam");
        var toner = (await (await agent.PostAsJsonAsync("/api/v1/tickets", NewTicket("Toner", body: "Toner low.")))
            .Content.ReadFromJsonAsync<GoTrs.Application.Features.Tickets.CreateTicket.CreatedTicket>())!;
        await agent.PostAsJsonAsync($"/api/v1/tickets/{toner.Id}/articles", new { subject = "Update", body = "The cyan cartridge is empty." });

        (await ListAsync(agent, "?q=cartridge")).Items.Select(t => t.Id).ShouldBe([toner.Id]);
        (await ListAsync(agent, "?q=jam")).Items.Select(t => t.Id).ShouldBe([paper.Id]);
        (await ListAsync(agent, "?q=%22cyan%20cartridge%22")).Items.Select(t => t.Id).ShouldBe([toner.Id]);
        (await ListAsync(agent, "?q=smokes%20-cyan")).Items.Select(t => t.Id).ShouldBe([paper.Id]);
    }

    [Test]
    public async Task ShouldNotFindByInternalNotes_WhenACustomerSearches()
    {
        await CreateCustomerAsync("sandra", "ACME");
        using var agent = await AsSupportAgentAsync("noter", "rw");
        var ticket = await CreateTicketAsync(agent, "Scanner", customer: "sandra");
        await agent.PostAsJsonAsync($"/api/v1/tickets/{ticket.Id}/articles",
            new { subject = "Internal", body = "Replace the moonbeam module.", isVisibleForCustomer = false });
        await agent.PostAsJsonAsync($"/api/v1/tickets/{ticket.Id}/articles",
            new { subject = "For you", body = "A technician visits on Tuesday.", isVisibleForCustomer = true });
        using var sandra = WithToken((await LoginAsync("sandra", PersonaPassword, customer: true)).AccessToken);

        (await ListAsync(agent, "?q=moonbeam")).Items.Select(t => t.Id).ShouldBe([ticket.Id]);
        (await ListAsync(sandra, "?q=moonbeam")).Items.ShouldBeEmpty();
        (await ListAsync(sandra, "?q=technician")).Items.Select(t => t.Id).ShouldBe([ticket.Id]);
    }

    [Test]
    public async Task ShouldFindMergedArticlesUnderTheTargetTicket()
    {
        using var agent = await AsSupportAgentAsync("mergesearcher", "rw");
        var source = (await (await agent.PostAsJsonAsync("/api/v1/tickets", NewTicket("Source", body: "The fax smells of ozone.")))
            .Content.ReadFromJsonAsync<GoTrs.Application.Features.Tickets.CreateTicket.CreatedTicket>())!;
        var target = await CreateTicketAsync(agent, "Target");

        (await agent.PostAsJsonAsync($"/api/v1/tickets/{source.Id}/merge", new { intoTicket = target.Id.ToString() }))
            .EnsureSuccessStatusCode();

        (await ListAsync(agent, "?q=ozone")).Items.Select(t => t.Id).ShouldBe([target.Id]);
    }

    [Test]
    public async Task ShouldPageAndSort()
    {
        using var agent = await AsSupportAgentAsync("sorter", "rw");
        foreach (var title in new[] { "c", "a", "b" }) await CreateTicketAsync(agent, title);

        var first = await ListAsync(agent, $"?queueId={SupportQueue}&sort=title&pageSize=2&page=1");
        var second = await ListAsync(agent, $"?queueId={SupportQueue}&sort=title&pageSize=2&page=2");
        var newest = await ListAsync(agent, $"?queueId={SupportQueue}&sort=-created");

        first.Items.Select(t => t.Title).ShouldBe(["a", "b"]);
        second.Items.Select(t => t.Title).ShouldBe(["c"]);
        first.Total.ShouldBe(3);
        newest.Items.Select(t => t.Title).ShouldBe(["b", "a", "c"]);
    }

    [Test]
    public async Task ShouldReportALowerBound_WhenMoreTicketsMatchThanAreCounted()
    {
        using var agent = await AsSupportAgentAsync("counter2", "rw");
        var created = new List<long>();
        for (var i = 0; i < GoTrsApiFactory.ListCountLimit + 2; i++) created.Add((await CreateTicketAsync(agent, $"T{i}")).Id);

        var capped = await ListAsync(agent, $"?queueId={SupportQueue}&pageSize=5");
        var exact = await ListAsync(agent, $"?queueId={SupportQueue}&title=T1");
        // Many full-text matches take the other search strategy (walking tickets newest first), same answers.
        var manyWords = await ListAsync(agent, "?q=smokes&pageSize=5&page=2");

        (capped.Total, capped.TotalIsLowerBound, capped.Items.Count).ShouldBe((GoTrsApiFactory.ListCountLimit, true, 5));
        (exact.Total, exact.TotalIsLowerBound).ShouldBe((11, false), "T1 and T10–T19");
        (manyWords.Total, manyWords.TotalIsLowerBound).ShouldBe((GoTrsApiFactory.ListCountLimit, true));
        manyWords.Items.Select(t => t.Id).ShouldBe(Enumerable.Reverse(created).Skip(5).Take(5));
    }

    [Test]
    public async Task ShouldAnswer400_ForBadPagingAndSorting()
    {
        using var agent = await AsSupportAgentAsync("bad.params", "rw");

        (await agent.GetAsync("/api/v1/tickets?pageSize=500")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await agent.GetAsync("/api/v1/tickets?sort=colour")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await agent.GetAsync("/api/v1/tickets?queueId=abc")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await agent.GetAsync("/api/v1/tickets?stateType=sleeping")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task ShouldListACustomersOwnAndPermittedCompanyTickets()
    {
        await CreateCustomerAsync("jane", "ACME");
        await CreateCustomerAsync("joe", "ACME");
        using var agent = await AsSupportAgentAsync("desk", "rw");
        var janes = await CreateTicketAsync(agent, "Jane's", customer: "jane");
        var joes = await CreateTicketAsync(agent, "Joe's", customer: "joe");
        using var jane = WithToken((await LoginAsync("jane", PersonaPassword, customer: true)).AccessToken);

        var before = await ListAsync(jane, "");
        await ExecuteAsync("""
            INSERT INTO group_customer (customer_id, group_id, permission_key, permission_value, permission_context,
                                        create_time, create_by, change_time, change_by)
            VALUES ('ACME', @g, 'ro', 1, 'Ticket::CustomerID::Same', now(), 1, now(), 1)
            """, ("g", SupportGroup));
        var after = await ListAsync(jane, "");

        before.Items.Select(t => t.Id).ShouldBe([janes.Id]);
        after.Items.Select(t => t.Id).ShouldBe([joes.Id, janes.Id]);
    }
}
