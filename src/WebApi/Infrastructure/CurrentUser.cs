using System.Security.Claims;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Infrastructure.Identity;

namespace GoTrs.WebApi.Infrastructure;

/// <summary>The caller, read from the validated access token's claims.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? User => accessor.HttpContext?.User;

    public PrincipalKind Kind => User?.Identity?.IsAuthenticated == true
        ? User.FindFirstValue(AccessTokenIssuer.KindClaim) switch
        {
            "agent" => PrincipalKind.Agent,
            "customer" => PrincipalKind.Customer,
            _ => PrincipalKind.Anonymous,
        }
        : PrincipalKind.Anonymous;

    public int? AgentId =>
        Kind == PrincipalKind.Agent && int.TryParse(User!.FindFirstValue(AccessTokenIssuer.SubjectClaim), out var id) ? id : null;

    public string? Login => Kind == PrincipalKind.Anonymous ? null : User!.FindFirstValue(AccessTokenIssuer.NameClaim);
}
