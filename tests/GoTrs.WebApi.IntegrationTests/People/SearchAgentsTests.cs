using System.Net;
using System.Net.Http.Json;
using GoTrs.Application.Features.Agents.SearchAgents;
using GoTrs.WebApi.IntegrationTests.Support;

namespace GoTrs.WebApi.IntegrationTests.People;

public sealed class SearchAgentsTests : TicketTest
{
    [Test]
    public async Task ShouldListValidAgentsByName_WhenNoQueueIsGiven()
    {
        using var caller = await AsSupportAgentAsync("caller", "ro");
        var invalid = await CreateAgentAsync("retired");
        await ExecuteAsync("UPDATE users SET valid_id = 2 WHERE id = @id", ("id", invalid));

        var agents = (await caller.GetFromJsonAsync<List<AgentDto>>("/api/v1/agents"))!;

        agents.Select(a => a.Login).ShouldBe(["root@localhost", "caller"], ignoreOrder: true);
        agents.Single(a => a.Login == "caller").FullName.ShouldBe("Test caller");
    }

    [Test]
    public async Task ShouldListOnlyHoldersOfThePermission_WhenAQueueIsGiven()
    {
        using var caller = await AsSupportAgentAsync("caller", "ro");
        await CreateAgentAsync("owner.direct", (SupportGroup, "owner"));
        await CreateAgentAsync("rw.direct", (SupportGroup, "rw"));
        await CreateAgentAsync("note.only", (SupportGroup, "note"));
        var viaRole = await CreateAgentAsync("owner.role");
        await GrantThroughRoleAsync(viaRole, "owner", roleValid: 1);
        var viaInvalidRole = await CreateAgentAsync("owner.badrole");
        await GrantThroughRoleAsync(viaInvalidRole, "owner", roleValid: 2);

        var owners = (await caller.GetFromJsonAsync<List<AgentDto>>($"/api/v1/agents?queueId={SupportQueue}&permission=owner"))!;

        owners.Select(a => a.Login).Order().ShouldBe(["owner.direct", "owner.role", "rw.direct"]);
    }

    [Test]
    public async Task ShouldMatchLoginAndNames_WhenSearching()
    {
        using var caller = await AsSupportAgentAsync("caller", "ro");
        await CreateAgentAsync("Maria.Search");

        var found = (await caller.GetFromJsonAsync<List<AgentDto>>("/api/v1/agents?search=maria"))!;

        found.Select(a => a.Login).ShouldBe(["Maria.Search"]);
    }

    [Test]
    public async Task ShouldAnswer404_WhenTheCallerCannotSeeTheQueue()
    {
        using var caller = await AsAgentAsync("outsider");

        (await caller.GetAsync($"/api/v1/agents?queueId={SupportQueue}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task ShouldAnswer400_WhenThePermissionIsUnknown()
    {
        using var caller = await AsSupportAgentAsync("caller", "ro");

        var response = await caller.GetAsync($"/api/v1/agents?queueId={SupportQueue}&permission=fly");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task ShouldUseAConstantNumberOfStatements_WhenManyAgentsQualify()
    {
        using var caller = await AsSupportAgentAsync("caller", "rw");
        for (var i = 0; i < 15; i++) await CreateAgentAsync($"many{i}", (SupportGroup, "owner"));

        using var counter = await SqlCounter.CountAsync(() => caller.GetAsync($"/api/v1/agents?queueId={SupportQueue}&permission=owner"));

        counter.Count.ShouldBeLessThanOrEqualTo(3, counter.ToString());
    }

    private async Task GrantThroughRoleAsync(int agentId, string key, int roleValid)
    {
        var roleId = await ScalarAsync<int>("""
            INSERT INTO roles (name, valid_id, create_time, create_by, change_time, change_by)
            VALUES ('role-' || @u, @v, now(), 1, now(), 1) RETURNING id
            """, ("u", agentId), ("v", roleValid));
        await ExecuteAsync("""
            INSERT INTO role_user (user_id, role_id, create_time, create_by, change_time, change_by) VALUES (@u, @r, now(), 1, now(), 1);
            INSERT INTO group_role (role_id, group_id, permission_key, permission_value, create_time, create_by, change_time, change_by)
            VALUES (@r, @g, @k, 1, now(), 1, now(), 1);
            """, ("u", agentId), ("r", roleId), ("g", SupportGroup), ("k", key));
    }
}
