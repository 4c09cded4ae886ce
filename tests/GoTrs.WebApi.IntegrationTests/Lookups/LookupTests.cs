using System.Net;
using System.Net.Http.Json;
using GoTrs.Application.Features.Lookups;
using GoTrs.WebApi.IntegrationTests.Support;

namespace GoTrs.WebApi.IntegrationTests.Lookups;

public sealed class LookupTests : ApiTest
{
    [Test]
    public async Task ShouldListZnunysFourQueues_WhenRootAsks()
    {
        using var client = await AsAdminAsync();

        var queues = (await client.GetFromJsonAsync<List<QueueDto>>("/api/v1/queues"))!;

        queues.Select(q => q.Name).ShouldBe(["Junk", "Misc", "Postmaster", "Raw"]);
    }

    [Test]
    public async Task ShouldListNoQueues_WhenTheAgentHasNoGroupRights()
    {
        using var client = await AsAgentAsync("no.rights");

        var queues = (await client.GetFromJsonAsync<List<QueueDto>>("/api/v1/queues"))!;

        queues.ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldListOnlyQueuesOfGroupsWithRo_WhenTheAgentHasSomeRights()
    {
        var groupId = await ScalarAsync<int>("""
            INSERT INTO permission_groups (name, valid_id, create_time, create_by, change_time, change_by)
            VALUES ('support', 1, now(), 1, now(), 1) RETURNING id
            """);
        await ExecuteAsync("""
            INSERT INTO queue (name, group_id, system_address_id, salutation_id, signature_id, follow_up_id, follow_up_lock,
                               valid_id, create_time, create_by, change_time, change_by)
            VALUES ('Support', @g, 1, 1, 1, 1, 0, 1, now(), 1, now(), 1),
                   ('Support::Hardware', @g, 1, 1, 1, 1, 0, 1, now(), 1, now(), 1)
            """, ("g", groupId));
        using var roClient = await AsAgentAsync("ro.agent", (groupId, "ro"));
        using var moveClient = await AsAgentAsync("move.agent", (groupId, "move_into"));

        var visible = (await roClient.GetFromJsonAsync<List<QueueDto>>("/api/v1/queues"))!;
        var moveOnly = (await moveClient.GetFromJsonAsync<List<QueueDto>>("/api/v1/queues"))!;

        visible.Select(q => q.Name).ShouldBe(["Support", "Support::Hardware"]);
        visible[1].ParentId.ShouldBe(visible[0].Id);
        moveOnly.ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldGrantNothing_WhenTheGroupIsInvalid()
    {
        await ExecuteAsync("UPDATE permission_groups SET valid_id = 2 WHERE name = 'users'");
        using var client = await AsAdminAsync();

        (await client.GetFromJsonAsync<List<QueueDto>>("/api/v1/queues"))!.ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldAnswer304_WhenTheClientSendsTheCurrentETag()
    {
        using var client = await AsAdminAsync();
        var first = await client.GetAsync("/api/v1/states");
        var etag = first.Headers.ETag!;

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/states");
        request.Headers.IfNoneMatch.Add(etag);
        var second = await client.SendAsync(request);

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        second.StatusCode.ShouldBe(HttpStatusCode.NotModified);
    }

    [Test]
    public async Task ShouldServeZnunysLookups_WhenAnAgentAsks()
    {
        using var client = await AsAgentAsync("plain.agent");

        var states = (await client.GetFromJsonAsync<List<StateDto>>("/api/v1/states"))!;
        var priorities = (await client.GetFromJsonAsync<List<LookupDto>>("/api/v1/priorities"))!;
        var types = (await client.GetFromJsonAsync<List<LookupDto>>("/api/v1/types"))!;

        states.Count.ShouldBe(9);
        states.Single(s => s.Name == "pending auto close+").TypeName.ShouldBe("pending auto");
        priorities.Select(p => p.Name).ShouldBe(["1 very low", "2 low", "3 normal", "4 high", "5 very high"]);
        types.Select(t => t.Name).ShouldBe(["Unclassified"]);
    }

    [Test]
    public async Task ShouldListServicesAndSlas_WhenTheyExist()
    {
        await ExecuteAsync("""
            INSERT INTO service (name, valid_id, create_time, create_by, change_time, change_by)
            VALUES ('Email', 1, now(), 1, now(), 1), ('Old', 2, now(), 1, now(), 1);
            INSERT INTO sla (name, first_response_time, update_time, solution_time, valid_id, create_time, create_by, change_time, change_by)
            VALUES ('Gold', 60, 120, 480, 1, now(), 1, now(), 1);
            INSERT INTO service_sla (service_id, sla_id) SELECT s.id, l.id FROM service s, sla l WHERE s.name = 'Email';
            """);
        using var client = await AsAdminAsync();

        var services = (await client.GetFromJsonAsync<List<ServiceDto>>("/api/v1/services"))!;
        var slas = (await client.GetFromJsonAsync<List<SlaDto>>("/api/v1/slas"))!;

        services.Select(s => s.Name).ShouldBe(["Email"]);
        slas.Single().ServiceIds.ShouldBe([services[0].Id]);
    }

    [Test]
    public async Task ShouldAnswer401_WhenAnonymous()
    {
        using var client = Anonymous();

        (await client.GetAsync("/api/v1/queues")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
