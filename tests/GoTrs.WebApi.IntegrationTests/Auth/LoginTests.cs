using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GoTrs.Application.Features.Auth;
using GoTrs.WebApi.IntegrationTests.Support;

namespace GoTrs.WebApi.IntegrationTests.Auth;

public sealed class LoginTests : ApiTest
{
    [Test]
    public async Task ShouldIssueTokens_WhenRootLogsInWithTheConfiguredAdminPassword()
    {
        using var client = Anonymous();
        var response = await client.PostAsJsonAsync("/api/v1/auth/login",
            new { login = "root@localhost", password = GoTrsApiFactory.AdminPassword });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var tokens = (await response.Content.ReadFromJsonAsync<TokenResponse>())!;
        tokens.TokenType.ShouldBe("Bearer");
        tokens.ExpiresIn.ShouldBe(900);
        tokens.AccessToken.Split('.').Length.ShouldBe(3);
        tokens.RefreshToken.Length.ShouldBeGreaterThan(30);
    }

    [Test]
    public async Task ShouldAnswer401ProblemDetails_WhenThePasswordIsWrong()
    {
        using var client = Anonymous();
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { login = "root@localhost", password = "root" });

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("status").GetInt32().ShouldBe(401);
    }

    [Test]
    public async Task ShouldAnswerTheSame401_WhenTheLoginDoesNotExist()
    {
        using var client = Anonymous();
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { login = "nobody", password = "whatever" });

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()
            .ShouldBe("Invalid login or password.");
    }

    [Test]
    public async Task ShouldReturnFieldErrors_WhenLoginAndPasswordAreMissing()
    {
        using var client = Anonymous();
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.TryGetProperty("login", out _).ShouldBeTrue();
        errors.TryGetProperty("password", out _).ShouldBeTrue();
    }

    [Test]
    public async Task ShouldAnswer400_WhenTheBodyIsNotJson()
    {
        using var client = Anonymous();
        var response = await client.PostAsync("/api/v1/auth/login",
            new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task ShouldRefuse_WhenTheAgentIsInvalid()
    {
        var id = await CreateAgentAsync("disabled.agent");
        await ExecuteAsync("UPDATE users SET valid_id = 2 WHERE id = @id", ("id", id));
        using var client = Anonymous();

        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { login = "disabled.agent", password = PersonaPassword });

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task ShouldAcceptZnunysInitialDesHash_WhenAnAgentStillHasIt()
    {
        var id = await CreateAgentAsync("legacy.agent");
        await ExecuteAsync("UPDATE users SET pw = 'roK20XGbWEsSM' WHERE id = @id", ("id", id));

        var tokens = await LoginAsync("legacy.agent", "root");

        tokens.AccessToken.ShouldNotBeNullOrEmpty();
    }

    [Test]
    public async Task ShouldAcceptSha256Hashes_WhenTheDatabaseCameFromZnuny()
    {
        var id = await CreateAgentAsync("sha.agent");
        var znunySha2 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("secret-pw")));
        await ExecuteAsync("UPDATE users SET pw = @pw WHERE id = @id", ("pw", znunySha2), ("id", id));
        using var client = Anonymous();

        var right = await client.PostAsJsonAsync("/api/v1/auth/login", new { login = "sha.agent", password = "secret-pw" });
        var wrong = await client.PostAsJsonAsync("/api/v1/auth/login", new { login = "sha.agent", password = "secret-pX" });

        right.StatusCode.ShouldBe(HttpStatusCode.OK);
        wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task ShouldLogInCustomers_OnlyThroughTheCustomerEndpoint()
    {
        await CreateCustomerAsync("jane", "ACME");
        using var client = Anonymous();

        var asAgent = await client.PostAsJsonAsync("/api/v1/auth/login", new { login = "jane", password = PersonaPassword });
        var asCustomer = await client.PostAsJsonAsync("/api/v1/customer/auth/login", new { login = "jane", password = PersonaPassword });

        asAgent.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        asCustomer.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task ShouldRefuse_WhenTheCustomerIsInvalid()
    {
        await CreateCustomerAsync("gone", "ACME", validId: 2);
        using var client = Anonymous();

        var response = await client.PostAsJsonAsync("/api/v1/customer/auth/login", new { login = "gone", password = PersonaPassword });

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
