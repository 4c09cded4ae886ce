using GoTrs.Application.Common.Security;
using GoTrs.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;

namespace GoTrs.WebApi.Infrastructure;

/// <summary>Policies by caller kind; "Admin" means rw on the admin group, checked against the database per request.</summary>
public static class Policies
{
    public const string Agent = "Agent";
    public const string Customer = "Customer";
    public const string Admin = "Admin";

    public static IServiceCollection AddGoTrsAuthorization(this IServiceCollection services)
    {
        services.AddSingleton<IAuthorizationHandler, AdminRequirementHandler>();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Agent, p => p.RequireClaim(AccessTokenIssuer.KindClaim, "agent"))
            .AddPolicy(Customer, p => p.RequireClaim(AccessTokenIssuer.KindClaim, "customer"))
            .AddPolicy(Admin, p => p.RequireClaim(AccessTokenIssuer.KindClaim, "agent").AddRequirements(new AdminRequirement()));
        return services;
    }

    private sealed class AdminRequirement : IAuthorizationRequirement;

    private sealed class AdminRequirementHandler(IHttpContextAccessor accessor) : AuthorizationHandler<AdminRequirement>
    {
        protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, AdminRequirement requirement)
        {
            var permissions = accessor.HttpContext?.RequestServices.GetService<IPermissionService>();
            if (permissions is not null && await permissions.IsAdminAsync())
                context.Succeed(requirement);
        }
    }
}
