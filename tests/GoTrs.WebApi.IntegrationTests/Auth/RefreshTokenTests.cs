using System.Net;
using System.Net.Http.Json;
using GoTrs.Application.Features.Auth;
using GoTrs.WebApi.IntegrationTests.Support;

namespace GoTrs.WebApi.IntegrationTests.Auth;

public sealed class RefreshTokenTests : ApiTest
{
    [Test]
    public async Task ShouldRotateTheRefreshToken_WhenItIsRedeemed()
    {
        var first = await LoginAsync("root@localhost", GoTrsApiFactory.AdminPassword);

        var second = await RefreshAsync(first.RefreshToken);

        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        var tokens = (await second.Content.ReadFromJsonAsync<TokenResponse>())!;
        tokens.RefreshToken.ShouldNotBe(first.RefreshToken);
        using var client = WithToken(tokens.AccessToken);
        (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task ShouldRevokeTheWholeFamily_WhenASpentRefreshTokenIsPresentedAgain()
    {
        var first = await LoginAsync("root@localhost", GoTrsApiFactory.AdminPassword);
        var rotated = (await (await RefreshAsync(first.RefreshToken)).Content.ReadFromJsonAsync<TokenResponse>())!;

        var reuse = await RefreshAsync(first.RefreshToken);
        var successor = await RefreshAsync(rotated.RefreshToken);

        reuse.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        successor.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task ShouldNotTouchOtherSessions_WhenOneFamilyIsRevoked()
    {
        var sessionA = await LoginAsync("root@localhost", GoTrsApiFactory.AdminPassword);
        var sessionB = await LoginAsync("root@localhost", GoTrsApiFactory.AdminPassword);
        await RefreshAsync(sessionA.RefreshToken);
        await RefreshAsync(sessionA.RefreshToken); // reuse: revokes family A

        (await RefreshAsync(sessionB.RefreshToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task ShouldStopTheRefreshToken_WhenTheUserLogsOut()
    {
        var tokens = await LoginAsync("root@localhost", GoTrsApiFactory.AdminPassword);
        using var client = Anonymous();

        var logout = await client.PostAsJsonAsync("/api/v1/auth/logout", new { refreshToken = tokens.RefreshToken });

        logout.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await RefreshAsync(tokens.RefreshToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task ShouldRefuseRefresh_WhenTheAgentWasDisabledMeanwhile()
    {
        var id = await CreateAgentAsync("leaver");
        var tokens = await LoginAsync("leaver", PersonaPassword);
        await ExecuteAsync("UPDATE users SET valid_id = 2 WHERE id = @id", ("id", id));

        (await RefreshAsync(tokens.RefreshToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task ShouldAnswer401_WhenTheRefreshTokenIsUnknown()
    {
        (await RefreshAsync("not-a-token")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task ShouldStoreOnlyAHashOfTheRefreshToken()
    {
        var tokens = await LoginAsync("root@localhost", GoTrsApiFactory.AdminPassword);

        var stored = await ScalarAsync<long>(
            "SELECT count(*) FROM gotrs_refresh_token WHERE token_hash = @raw", ("raw", tokens.RefreshToken));

        stored.ShouldBe(0L);
        (await ScalarAsync<long>("SELECT count(*) FROM gotrs_refresh_token")).ShouldBe(1L);
    }

    private static async Task<HttpResponseMessage> RefreshAsync(string refreshToken)
    {
        using var client = Anonymous();
        return await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken });
    }
}
