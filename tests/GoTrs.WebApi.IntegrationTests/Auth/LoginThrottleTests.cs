using System.Net;
using System.Net.Http.Json;
using GoTrs.WebApi.IntegrationTests.Support;

namespace GoTrs.WebApi.IntegrationTests.Auth;

public sealed class LoginThrottleTests : ApiTest
{
    [Test]
    public async Task ShouldAnswer429WithRetryAfter_WhenTooManyLoginsFailed()
    {
        using var client = Anonymous();
        for (var i = 0; i < 5; i++)
            (await Login(client, "root@localhost", "wrong")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var blocked = await Login(client, "root@localhost", GoTrsApiFactory.AdminPassword);

        blocked.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        blocked.Headers.RetryAfter.ShouldNotBeNull();
        blocked.Headers.RetryAfter!.Delta!.Value.TotalSeconds.ShouldBeInRange(1, 30);
    }

    [Test]
    public async Task ShouldThrottleEachLoginSeparately_WhenAnotherLoginIsAttacked()
    {
        await CreateAgentAsync("innocent");
        using var client = Anonymous();
        for (var i = 0; i < 6; i++) await Login(client, "root@localhost", "wrong");

        (await Login(client, "innocent", PersonaPassword)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task ShouldForgetFailures_WhenALoginSucceeds()
    {
        using var client = Anonymous();
        for (var i = 0; i < 4; i++) await Login(client, "root@localhost", "wrong");
        (await Login(client, "root@localhost", GoTrsApiFactory.AdminPassword)).StatusCode.ShouldBe(HttpStatusCode.OK);

        for (var i = 0; i < 4; i++) await Login(client, "root@localhost", "wrong");

        (await Login(client, "root@localhost", GoTrsApiFactory.AdminPassword)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static Task<HttpResponseMessage> Login(HttpClient client, string login, string password) =>
        client.PostAsJsonAsync("/api/v1/auth/login", new { login, password });
}
