using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GoTrs.Infrastructure.Identity.Tokens;

/// <summary>
/// Authenticates <c>Authorization: Bearer &lt;token&gt;</c> requests with <see cref="JwtHs256"/> and answers challenges
/// as RFC 6750 §3 describes.
/// </summary>
public sealed class JwtAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    JwtHs256 tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    private const string BearerPrefix = "Bearer";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? authorization = Request.Headers.Authorization;

        // Other schemes (Basic, Negotiate ...) are not ours to judge; another handler may accept them.
        if (string.IsNullOrEmpty(authorization)
            || !authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)
            || (authorization.Length > BearerPrefix.Length && authorization[BearerPrefix.Length] != ' '))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        string token = authorization[BearerPrefix.Length..].Trim(' ');
        if (token.Length == 0)
        {
            return Task.FromResult(AuthenticateResult.Fail("bearer token is missing"));
        }

        JwtValidationResult result = tokens.Validate(token);
        return Task.FromResult(result.Succeeded
            ? AuthenticateResult.Success(new AuthenticationTicket(result.Principal, Scheme.Name))
            : AuthenticateResult.Fail(result.FailureReason));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        // The outcome is cached per request, so this does not validate the token a second time.
        AuthenticateResult outcome = await HandleAuthenticateOnceSafeAsync();
        Response.StatusCode = StatusCodes.Status401Unauthorized;

        // Without a token the client is simply told which scheme to use (RFC 6750 §3.1: no error code then).
        Response.Headers.WWWAuthenticate = outcome.Failure is null ? "Bearer" : "Bearer error=\"invalid_token\"";
    }
}
