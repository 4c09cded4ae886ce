namespace GoTrs.Application.Common.Interfaces;

/// <summary>Who a token speaks for: an agent (Id = users.id) or a customer user (Id = customer_user.login).</summary>
public sealed record AuthPrincipal(PrincipalKind Kind, string Id, string Login);

public sealed record AccessToken(string Token, int ExpiresInSeconds);

/// <summary>Issues short-lived signed access tokens.</summary>
public interface IAccessTokenIssuer
{
    AccessToken Issue(AuthPrincipal principal);
}

public sealed record RedeemedRefreshToken(AuthPrincipal Principal, Guid FamilyId);

/// <summary>
/// Rotating opaque refresh tokens, stored hashed. Redeeming marks a token used; presenting a used or revoked token
/// again revokes its whole family and fails.
/// </summary>
public interface IRefreshTokenStore
{
    Task<string> CreateAsync(AuthPrincipal principal, Guid familyId, string? clientIp, CancellationToken ct);

    /// <summary>Marks the token used and returns whom it belongs to; throws UnauthorizedException when it is not redeemable.</summary>
    Task<RedeemedRefreshToken> RedeemAsync(string token, CancellationToken ct);

    /// <summary>Revokes the token's whole family (logout). Unknown tokens are ignored.</summary>
    Task RevokeFamilyAsync(string token, string reason, CancellationToken ct);
}

/// <summary>Counts failed logins per client address and login, across instances.</summary>
public interface ILoginThrottle
{
    /// <summary>Throws TooManyRequestsException while the key is blocked.</summary>
    Task EnsureAllowedAsync(string key, CancellationToken ct);

    Task RecordFailureAsync(string key, CancellationToken ct);

    Task ResetAsync(string key, CancellationToken ct);
}
