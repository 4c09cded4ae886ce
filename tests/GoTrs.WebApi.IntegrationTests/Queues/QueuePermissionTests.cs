using System.Net;
using System.Net.Http.Json;
using GoTrs.Application.Features.Lookups;
using GoTrs.WebApi.IntegrationTests.Support;

namespace GoTrs.WebApi.IntegrationTests.Queues;

public sealed class QueuePermissionTests : TicketTest
{
    [Test]
    public async Task ShouldListOnlyQueuesWithThePermission_WhenAPermissionIsAsked()
    {
        var otherGroup = await CreateGroupAsync("sales");
        var sales = await CreateQueueAsync("Sales", otherGroup);
        using var agent = await AsAgentAsync("mover", (SupportGroup, "ro"), (SupportGroup, "create"), (otherGroup, "move_into"));

        var create = (await agent.GetFromJsonAsync<List<QueueDto>>("/api/v1/queues?permission=create"))!;
        var moveInto = (await agent.GetFromJsonAsync<List<QueueDto>>("/api/v1/queues?permission=move_into"))!;
        var visible = (await agent.GetFromJsonAsync<List<QueueDto>>("/api/v1/queues"))!;

        create.Select(q => q.Id).ShouldBe([SupportQueue, SecondQueue]);
        moveInto.Select(q => q.Id).ShouldBe([sales]);
        visible.Select(q => q.Id).ShouldBe([SupportQueue, SecondQueue]);
    }

    [Test]
    public async Task ShouldListEveryPermissionOfRw_WhenTheAgentHoldsRw()
    {
        using var agent = await AsSupportAgentAsync("writer", "rw");

        var owner = (await agent.GetFromJsonAsync<List<QueueDto>>("/api/v1/queues?permission=owner"))!;

        owner.Select(q => q.Id).ShouldBe([SupportQueue, SecondQueue]);
    }

    [Test]
    public async Task ShouldListQueuesWithRw_WhenACustomerAsksWhereToCreate()
    {
        var customerGroup = await CreateGroupAsync("portal");
        var portal = await CreateQueueAsync("Portal", customerGroup);
        await CreateCustomerAsync("creator", "ACME");
        await ExecuteAsync("""
            INSERT INTO group_customer_user (user_id, group_id, permission_key, permission_value, create_time, create_by, change_time, change_by)
            VALUES ('creator', @g, 'rw', 1, now(), 1, now(), 1), ('creator', @s, 'ro', 1, now(), 1, now(), 1)
            """, ("g", customerGroup), ("s", SupportGroup));
        using var customer = WithToken((await LoginAsync("creator", PersonaPassword, customer: true)).AccessToken);

        var create = (await customer.GetFromJsonAsync<List<QueueDto>>("/api/v1/queues?permission=create"))!;

        create.Select(q => q.Id).ShouldBe([portal]);
    }

    [Test]
    public async Task ShouldAnswer400_WhenThePermissionIsUnknown()
    {
        using var agent = await AsSupportAgentAsync("writer", "rw");

        var response = await agent.GetAsync("/api/v1/queues?permission=admin");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
