using System.Net;
using System.Net.Http.Json;
using GoTrs.Application.Features.Queues.GetQueueOverview;
using GoTrs.WebApi.IntegrationTests.Support;

namespace GoTrs.WebApi.IntegrationTests.Queues;

public sealed class GetQueueOverviewTests : TicketTest
{
    [Test]
    public async Task ShouldCountTicketsByStateType_WhenTheAgentSeesTheQueues()
    {
        using var agent = await AsSupportAgentAsync("counter", "rw");
        var first = await CreateTicketAsync(agent, "one");
        await CreateTicketAsync(agent, "two");
        var closed = await CreateTicketAsync(agent, "three");
        var archived = await CreateTicketAsync(agent, "archived");
        await ExecuteAsync("UPDATE ticket SET ticket_state_id = 4 WHERE id = @id", ("id", first.Id)); // open
        await ExecuteAsync("UPDATE ticket SET ticket_state_id = 2 WHERE id = @id", ("id", closed.Id)); // closed successful
        await ExecuteAsync("UPDATE ticket SET archive_flag = 1 WHERE id = @id", ("id", archived.Id));

        var overview = (await agent.GetFromJsonAsync<List<QueueOverviewDto>>("/api/v1/queues/overview"))!;

        overview.Select(q => q.QueueId).ShouldBe([SupportQueue, SecondQueue]);
        var support = overview[0];
        (support.Name, support.GroupId, support.ParentId).ShouldBe(("Support", SupportGroup, null));
        (support.Counts["new"], support.Counts["open"], support.Counts["closed"], support.Counts["pending reminder"])
            .ShouldBe((1, 1, 1, 0));
        overview[1].ParentId.ShouldBe(SupportQueue);
        overview[1].Counts.Values.Sum().ShouldBe(0);
    }

    [Test]
    public async Task ShouldLeaveOutQueuesTheAgentCannotSee_WhenListing()
    {
        using var agent = await AsAgentAsync("outsider");

        (await agent.GetFromJsonAsync<List<QueueOverviewDto>>("/api/v1/queues/overview"))!.ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldUseAConstantNumberOfStatements_WhateverTheNumberOfQueues()
    {
        using var agent = await AsSupportAgentAsync("counter", "rw");
        for (var i = 0; i < 10; i++) await CreateQueueAsync($"Support::Q{i}", SupportGroup);
        await CreateTicketAsync(agent);

        using var counter = await SqlCounter.CountAsync(() => agent.GetAsync("/api/v1/queues/overview"));

        counter.Count.ShouldBeLessThanOrEqualTo(4, counter.ToString());
    }

    [Test]
    public async Task ShouldAnswer403_WhenACustomerAsks()
    {
        await CreateCustomerAsync("peeker", "ACME");
        using var customer = WithToken((await LoginAsync("peeker", PersonaPassword, customer: true)).AccessToken);

        (await customer.GetAsync("/api/v1/queues/overview")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
