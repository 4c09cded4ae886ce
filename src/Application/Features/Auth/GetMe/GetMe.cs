using GoTrs.Application.Common.Exceptions;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Messaging;
using GoTrs.Application.Common.Security;
using GoTrs.Application.Features.Preferences;
using GoTrs.Domain.Agents;
using GoTrs.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Application.Features.Auth.GetMe;

public sealed record GetMeQuery : IRequest<MeDto>;

public sealed record MeGroupDto(int Id, string Name, IReadOnlyList<string> Permissions);

public sealed record MeRoleDto(int Id, string Name);

/// <summary>The caller with groups, roles and effective permissions (agents) or companies and groups (customers).</summary>
public sealed record MeDto(
    string Kind,
    int? Id,
    string Login,
    string FirstName,
    string LastName,
    string? Email,
    bool IsAdmin,
    IReadOnlyList<MeGroupDto> Groups,
    IReadOnlyList<MeRoleDto> Roles,
    string? CustomerId,
    IReadOnlyList<string> CustomerIds,
    string Language,
    string TimeZone);

public sealed class GetMeHandler(IAppDbContext db, ICurrentUser currentUser, IPermissionService permissions)
    : IRequestHandler<GetMeQuery, MeDto>
{
    private static readonly string[] LocaleKeys =
    [
        PreferenceKeys.StoragePrefix + PreferenceKeys.Language, PreferenceKeys.StoragePrefix + PreferenceKeys.TimeZone,
        PreferenceKeys.OtrsLanguage, PreferenceKeys.OtrsTimeZone,
    ];

    public Task<MeDto> Handle(GetMeQuery request, CancellationToken cancellationToken) => currentUser.Kind switch
    {
        PrincipalKind.Agent => AgentAsync(currentUser.AgentId!.Value, cancellationToken),
        PrincipalKind.Customer => CustomerAsync(currentUser.Login!, cancellationToken),
        _ => throw new UnauthorizedException("Not logged in."),
    };

    private async Task<MeDto> AgentAsync(int agentId, CancellationToken ct)
    {
        var agent = await db.Agents.AsNoTracking().FirstOrDefaultAsync(a => a.Id == agentId, ct)
                    ?? throw new UnauthorizedException("The account no longer exists.");
        var preferences = await db.AgentPreferences.AsNoTracking()
            .Where(p => p.UserId == agentId && (p.Key == AgentPreference.Email || LocaleKeys.Contains(p.Key)))
            .Select(p => new { p.Key, p.Value }).ToListAsync(ct);
        var stored = preferences.GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value);
        var (language, timeZone) = PreferenceKeys.Locale(stored);
        var effective = await permissions.AgentPermissionsAsync(ct);
        var byGroup = effective.ByGroup;
        var groupIds = byGroup.Keys.ToList();
        var groups = await db.Groups.AsNoTracking().Where(g => groupIds.Contains(g.Id))
            .OrderBy(g => g.Name).Select(g => new { g.Id, g.Name }).ToListAsync(ct);
        var roles = await (
            from ru in db.RoleUsers
            join r in db.Roles on ru.RoleId equals r.Id
            where ru.UserId == agentId && r.ValidId == Validity.Valid
            orderby r.Name
            select new MeRoleDto(r.Id, r.Name)).ToListAsync(ct);

        return new MeDto("agent", agent.Id, agent.Login, agent.FirstName, agent.LastName, stored.GetValueOrDefault(AgentPreference.Email),
            await permissions.IsAdminAsync(ct),
            groups.Select(g => new MeGroupDto(g.Id, g.Name, byGroup[g.Id])).ToList(),
            roles, null, [], language, timeZone);
    }

    private async Task<MeDto> CustomerAsync(string login, CancellationToken ct)
    {
        var customer = await db.CustomerUsers.AsNoTracking().FirstOrDefaultAsync(c => c.Login == login, ct)
                       ?? throw new UnauthorizedException("The account no longer exists.");
        var visibility = await permissions.CustomerVisibilityAsync(ct);
        var groupIds = visibility.GroupPermissions.Keys.ToList();
        var names = await db.Groups.AsNoTracking().Where(g => groupIds.Contains(g.Id))
            .OrderBy(g => g.Name).Select(g => new { g.Id, g.Name }).ToListAsync(ct);
        var groups = names.Select(g => new MeGroupDto(g.Id, g.Name, visibility.GroupPermissions[g.Id])).ToList();
        var preferences = await db.CustomerPreferences.AsNoTracking()
            .Where(p => p.UserId == customer.Login && LocaleKeys.Contains(p.Key))
            .Select(p => new { p.Key, p.Value }).ToListAsync(ct);
        var (language, timeZone) = PreferenceKeys.Locale(preferences.GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value));
        return new MeDto("customer", customer.Id, customer.Login, customer.FirstName, customer.LastName, customer.Email,
            false, groups, [], customer.CustomerId, visibility.CompanyIds.Order().ToList(), language, timeZone);
    }
}
