using System.Security.Claims;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Infrastructure.Identity.Tokens;
using Microsoft.Extensions.Options;

namespace GoTrs.Infrastructure.Identity;

/// <summary>Access tokens name the principal (sub, kind, name); permissions are looked up per request, never baked in.</summary>
public sealed class AccessTokenIssuer(JwtHs256 jwt, IOptions<JwtOptions> options) : IAccessTokenIssuer
{
    public const string KindClaim = "kind";
    public const string SubjectClaim = "sub";
    public const string NameClaim = "name";

    public AccessToken Issue(AuthPrincipal principal)
    {
        var token = jwt.Create([
            new Claim(SubjectClaim, principal.Id),
            new Claim(KindClaim, principal.Kind.ToString().ToLowerInvariant()),
            new Claim(NameClaim, principal.Login),
        ]);
        return new AccessToken(token, (int)options.Value.AccessTokenLifetime.TotalSeconds);
    }
}
