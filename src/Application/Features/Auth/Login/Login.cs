using GoTrs.Application.Common.Exceptions;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Messaging;

namespace GoTrs.Application.Features.Auth.Login;

public sealed record LoginCommand(PrincipalKind Kind, string Login, string Password, string? ClientIp)
    : IRequest<TokenResponse>;

/// <summary>
/// Password login for agents and customers. Unknown logins, wrong passwords and invalid accounts all get the same
/// answer, after the same work, so the response does not tell which logins exist.
/// </summary>
public sealed class LoginHandler(
    IAppDbContext db,
    IPasswordHasher hasher,
    ILoginThrottle throttle,
    IAccessTokenIssuer accessTokens,
    IRefreshTokenStore refreshTokens) : IRequestHandler<LoginCommand, TokenResponse>
{
    // A hash of a random password, verified against when the login is unknown so that both paths cost the same.
    private static string? _decoyHash;

    public async Task<TokenResponse> Handle(LoginCommand request, CancellationToken cancellationToken)
    {
        var key = $"{request.Kind}:{request.ClientIp}:{request.Login.Trim().ToLowerInvariant()}";
        await throttle.EnsureAllowedAsync(key, cancellationToken);

        var account = await PrincipalDirectory.FindByLoginAsync(db, request.Kind, request.Login, cancellationToken);
        var verified = account?.PasswordHash is { Length: > 0 } stored
            ? hasher.Verify(request.Password, stored, account.Principal.Login)
            : VerifyDecoy(request.Password);

        if (account is null || !verified || !account.IsValid)
        {
            await throttle.RecordFailureAsync(key, cancellationToken);
            throw new UnauthorizedException("Invalid login or password.");
        }

        await throttle.ResetAsync(key, cancellationToken);
        var access = accessTokens.Issue(account.Principal);
        var refresh = await refreshTokens.CreateAsync(account.Principal, Guid.NewGuid(), request.ClientIp, cancellationToken);
        return new TokenResponse(access.Token, refresh, access.ExpiresInSeconds);
    }

    private bool VerifyDecoy(string password)
    {
        _decoyHash ??= hasher.Hash(Guid.NewGuid().ToString("N"));
        hasher.Verify(password, _decoyHash, "");
        return false;
    }
}
