using System.Net;
using System.Net.Http.Json;
using GoTrs.Application.Features.Auth.GetMe;
using GoTrs.WebApi.IntegrationTests.Support;

namespace GoTrs.WebApi.IntegrationTests.Auth;

public sealed class MeTests : ApiTest
{
    [Test]
    public async Task ShouldListGroupsAndEffectivePermissions_WhenRootAsks()
    {
        using var client = await AsAdminAsync();

        var me = (await client.GetFromJsonAsync<MeDto>("/api/v1/me"))!;

        me.Kind.ShouldBe("agent");
        me.Login.ShouldBe("root@localhost");
        me.IsAdmin.ShouldBeTrue();
        me.Groups.Select(g => g.Name).ShouldBe(["admin", "stats", "users"]);
        me.Groups.Single(g => g.Name == "users").Permissions
            .ShouldBe(["ro", "move_into", "create", "note", "owner", "priority", "rw"]);
    }

    [Test]
    public async Task ShouldIncludeRoleGrants_WhenTheAgentHasARole()
    {
        var agentId = await CreateAgentAsync("role.agent", (1, "ro"));
        var roleId = await ScalarAsync<int>("""
            INSERT INTO roles (name, valid_id, create_time, create_by, change_time, change_by)
            VALUES ('Support', 1, now(), 1, now(), 1) RETURNING id
            """);
        await ExecuteAsync("""
            INSERT INTO role_user (user_id, role_id, create_time, create_by, change_time, change_by) VALUES (@u, @r, now(), 1, now(), 1);
            INSERT INTO group_role (role_id, group_id, permission_key, permission_value, create_time, create_by, change_time, change_by)
            VALUES (@r, 1, 'note', 1, now(), 1, now(), 1), (@r, 3, 'rw', 1, now(), 1, now(), 1);
            """, ("u", agentId), ("r", roleId));
        using var client = WithToken((await LoginAsync("role.agent", PersonaPassword)).AccessToken);

        var me = (await client.GetFromJsonAsync<MeDto>("/api/v1/me"))!;

        me.IsAdmin.ShouldBeFalse();
        me.Roles.Select(r => r.Name).ShouldBe(["Support"]);
        me.Groups.Single(g => g.Name == "users").Permissions.ShouldBe(["ro", "note"]);
        me.Groups.Single(g => g.Name == "stats").Permissions.Count.ShouldBe(7);
    }

    [Test]
    public async Task ShouldDescribeTheCustomer_WhenACustomerAsks()
    {
        await CreateCustomerAsync("jane", "ACME");
        await ExecuteAsync("""
            INSERT INTO customer_user_customer (user_id, customer_id, create_time, create_by, change_time, change_by)
            VALUES ('jane', 'ACME-EU', now(), 1, now(), 1)
            """);
        using var client = WithToken((await LoginAsync("jane", PersonaPassword, customer: true)).AccessToken);

        var me = (await client.GetFromJsonAsync<MeDto>("/api/v1/me"))!;

        me.Kind.ShouldBe("customer");
        me.CustomerId.ShouldBe("ACME");
        me.CustomerIds.ShouldBe(["ACME", "ACME-EU"]);
        me.IsAdmin.ShouldBeFalse();
    }

    [Test]
    public async Task ShouldListCustomerGroups_FromTheUserAndItsCompanyInTheSameCustomerContext()
    {
        await CreateCustomerAsync("jane", "ACME");
        await ExecuteAsync("""
            INSERT INTO group_customer_user (user_id, group_id, permission_key, permission_value, create_time, create_by, change_time, change_by)
            VALUES ('jane', 1, 'rw', 1, now(), 1, now(), 1), ('jane', 3, 'ro', 0, now(), 1, now(), 1);
            INSERT INTO group_customer (customer_id, group_id, permission_key, permission_value, permission_context,
                                        create_time, create_by, change_time, change_by)
            VALUES ('ACME', 2, 'ro', 1, 'Ticket::CustomerID::Same', now(), 1, now(), 1),
                   ('ACME', 3, 'ro', 1, 'Ticket::CustomerID::Other', now(), 1, now(), 1);
            """);
        using var client = WithToken((await LoginAsync("jane", PersonaPassword, customer: true)).AccessToken);

        var me = (await client.GetFromJsonAsync<MeDto>("/api/v1/me"))!;

        me.Groups.Select(g => $"{g.Name}:{string.Join('+', g.Permissions)}").ShouldBe(["admin:ro", "users:ro+rw"]);
    }

    [Test]
    public async Task ShouldAnswer401_WhenNoTokenIsSent()
    {
        using var client = Anonymous();

        var response = await client.GetAsync("/api/v1/me");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().ShouldStartWith("Bearer");
    }

    [Test]
    public async Task ShouldAnswer401_WhenTheTokenIsTampered()
    {
        var tokens = await LoginAsync("root@localhost", GoTrsApiFactory.AdminPassword);
        var parts = tokens.AccessToken.Split('.');
        var payload = System.Text.Encoding.UTF8.GetString(Base64Url(parts[1])).Replace("\"sub\":\"1\"", "\"sub\":\"2\"");
        var forged = $"{parts[0]}.{ToBase64Url(System.Text.Encoding.UTF8.GetBytes(payload))}.{parts[2]}";
        using var client = WithToken(forged);

        (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private static byte[] Base64Url(string s) =>
        Convert.FromBase64String(s.Replace('-', '+').Replace('_', '/').PadRight(s.Length + (4 - s.Length % 4) % 4, '='));

    private static string ToBase64Url(byte[] b) => Convert.ToBase64String(b).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
