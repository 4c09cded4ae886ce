using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;

namespace GoTrs.Infrastructure.Identity.Tokens;

/// <summary>Outcome of <see cref="JwtHs256.Validate"/>: the token's claims, or a short reason it was refused.</summary>
public sealed class JwtValidationResult
{
    private JwtValidationResult(ClaimsPrincipal? principal, string? failureReason)
    {
        Principal = principal;
        FailureReason = failureReason;
    }

    [MemberNotNullWhen(true, nameof(Principal))]
    [MemberNotNullWhen(false, nameof(FailureReason))]
    public bool Succeeded => Principal is not null;

    public ClaimsPrincipal? Principal { get; }

    /// <summary>Deliberately terse (for logs); it never echoes token content.</summary>
    public string? FailureReason { get; }

    public IEnumerable<Claim> Claims => Principal?.Claims ?? [];

    internal static JwtValidationResult Success(ClaimsPrincipal principal) => new(principal, null);

    internal static JwtValidationResult Failure(string reason) => new(null, reason);
}
