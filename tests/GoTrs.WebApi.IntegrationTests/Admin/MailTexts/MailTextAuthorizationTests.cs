using System.Net;
using System.Net.Http.Json;

namespace GoTrs.WebApi.IntegrationTests.Admin.MailTexts;

/// <summary>Only admins (rw on the admin group) reach the mail text admin API: not agents of other groups, not customers.</summary>
public sealed class MailTextAuthorizationTests : MailTextAdminTest
{
    private static readonly (string Method, string Path)[] Endpoints =
    [
        ("GET", "/api/v1/admin/system-addresses"), ("POST", "/api/v1/admin/system-addresses"), ("GET", "/api/v1/admin/system-addresses/1"),
        ("PUT", "/api/v1/admin/system-addresses/1"), ("DELETE", "/api/v1/admin/system-addresses/1"),
        ("GET", "/api/v1/admin/salutations"), ("POST", "/api/v1/admin/salutations"), ("PUT", "/api/v1/admin/salutations/1"),
        ("DELETE", "/api/v1/admin/salutations/1"), ("GET", "/api/v1/admin/signatures/1"), ("DELETE", "/api/v1/admin/signatures/1"),
        ("GET", "/api/v1/admin/auto-responses"), ("POST", "/api/v1/admin/auto-responses"), ("DELETE", "/api/v1/admin/auto-responses/1"),
        ("GET", "/api/v1/admin/auto-response-types"), ("GET", "/api/v1/admin/queues/1/auto-responses"),
        ("PUT", "/api/v1/admin/queues/1/auto-responses"),
    ];

    private static async Task<IReadOnlyList<string>> StatusesAsync(HttpClient client)
    {
        var statuses = new List<string>();
        foreach (var (method, path) in Endpoints)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            if (method is "POST" or "PUT") request.Content = JsonContent.Create(new { name = "x" });
            statuses.Add($"{method} {path} {(int)(await client.SendAsync(request)).StatusCode}");
        }
        return statuses;
    }

    private static IEnumerable<string> All(int status) => Endpoints.Select(e => $"{e.Method} {e.Path} {status}");

    [Test]
    public async Task ShouldAnswer401_WhenAnonymous()
    {
        using var anonymous = Anonymous();

        (await StatusesAsync(anonymous)).ShouldBe(All(401));
    }

    [Test]
    public async Task ShouldAnswer403_WhenAgentIsNoAdmin()
    {
        using var agent = await AsSupportAgentAsync("plain", "rw");

        (await StatusesAsync(agent)).ShouldBe(All(403));
    }

    [Test]
    public async Task ShouldAnswer403_WhenCustomer()
    {
        await CreateCustomerAsync("cust", "ACME");
        using var customer = WithToken((await LoginAsync("cust", PersonaPassword, customer: true)).AccessToken);

        (await StatusesAsync(customer)).ShouldBe(All(403));
    }

    [Test]
    public async Task ShouldChangeNothing_WhenRefused()
    {
        using var agent = await AsSupportAgentAsync("plain", "rw");

        await StatusesAsync(agent);

        (await CountAsync("SELECT count(*) FROM system_address")).ShouldBe(1);
        (await CountAsync("SELECT count(*) FROM salutation")).ShouldBe(1);
        (await CountAsync("SELECT count(*) FROM auto_response")).ShouldBe(4);
    }
}
