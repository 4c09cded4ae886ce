using System.Security.Claims;
using GoTrs.Infrastructure.Identity.Tokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GoTrs.Infrastructure.UnitTests.Identity.Tokens;

public sealed class JwtAuthenticationHandlerTests
{
    private ServiceProvider _services = null!;
    private JwtHs256 _jwt = null!;

    [SetUp]
    public void SetUp()
    {
        _jwt = JwtTestKit.Create(new ManualTimeProvider(JwtTestKit.Start), JwtTestKit.Current);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(_jwt);
        services.AddAuthentication(JwtAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, JwtAuthenticationHandler>(JwtAuthenticationHandler.SchemeName, null);
        _services = services.BuildServiceProvider();
    }

    [TearDown]
    public void TearDown() => _services.Dispose();

    private DefaultHttpContext Request(string? authorization)
    {
        var context = new DefaultHttpContext { RequestServices = _services.CreateScope().ServiceProvider };
        if (authorization is not null)
        {
            context.Request.Headers.Authorization = authorization;
        }

        return context;
    }

    [Test]
    public async Task ShouldAuthenticateWithTokenClaims_WhenBearerTokenIsValid()
    {
        string token = _jwt.Create([new Claim("sub", "42"), new Claim("name", "Jane"), new Claim("role", "agent")]);

        AuthenticateResult result = await Request("Bearer " + token).AuthenticateAsync();

        result.Succeeded.ShouldBeTrue(result.Failure?.Message);
        result.Principal!.Identity!.Name.ShouldBe("Jane");
        result.Principal.IsInRole("agent").ShouldBeTrue();
        result.Principal.FindFirst("sub")!.Value.ShouldBe("42");
        result.Ticket!.AuthenticationScheme.ShouldBe("Bearer");
    }

    [Test]
    public async Task ShouldAcceptLowerCaseScheme_WhenHeaderSaysBearerInAnyCase()
    {
        AuthenticateResult result = await Request("bearer " + _jwt.Create([new Claim("sub", "1")])).AuthenticateAsync();

        result.Succeeded.ShouldBeTrue();
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("Basic dXNlcjpwYXNz")]
    [TestCase("Bearerish abc")]
    public async Task ShouldReturnNoResult_WhenThereIsNoBearerHeader(string? authorization)
    {
        AuthenticateResult result = await Request(authorization).AuthenticateAsync();

        result.None.ShouldBeTrue();
    }

    [TestCase("Bearer", "bearer token is missing")]
    [TestCase("Bearer not-a-token", "token is not a compact JWS")]
    public async Task ShouldFailWithReason_WhenBearerTokenIsInvalid(string authorization, string reason)
    {
        AuthenticateResult result = await Request(authorization).AuthenticateAsync();

        result.Failure.ShouldNotBeNull().Message.ShouldBe(reason);
    }

    [Test]
    public async Task ShouldChallengeWithPlainBearer_WhenNoTokenWasSent()
    {
        DefaultHttpContext context = Request(null);

        await context.ChallengeAsync();

        context.Response.StatusCode.ShouldBe(StatusCodes.Status401Unauthorized);
        context.Response.Headers.WWWAuthenticate.ToString().ShouldBe("Bearer");
    }

    [Test]
    public async Task ShouldChallengeWithInvalidToken_WhenTokenWasRejected()
    {
        DefaultHttpContext context = Request("Bearer " + JwtTestKit.Forge(JwtTestKit.ValidPayload(), JwtTestKit.Impostor));

        await context.ChallengeAsync();

        context.Response.StatusCode.ShouldBe(StatusCodes.Status401Unauthorized);
        context.Response.Headers.WWWAuthenticate.ToString().ShouldBe("Bearer error=\"invalid_token\"");
    }
}
