using GoTrs.Application.Common.Interfaces;
using GoTrs.Domain.Common;
using GoTrs.Domain.Customers;
using GoTrs.Domain.Permissions;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Application.Common.Security;

/// <summary>Reads the grants behind OTRS permissions: two statements for an agent, three for a customer.</summary>
public static class PermissionQueries
{
    public static async Task<EffectivePermissions> ForAgentAsync(IAppDbContext db, int agentId, CancellationToken ct)
    {
        var direct = await (
            from gu in db.GroupUsers
            join g in db.Groups on gu.GroupId equals g.Id
            where gu.UserId == agentId
            select new PermissionGrant(gu.GroupId, gu.PermissionKey, g.ValidId == Validity.Valid, true, true))
            .ToListAsync(ct);

        var viaRoles = await (
            from ru in db.RoleUsers
            join r in db.Roles on ru.RoleId equals r.Id
            join gr in db.GroupRoles on ru.RoleId equals gr.RoleId
            join g in db.Groups on gr.GroupId equals g.Id
            where ru.UserId == agentId
            select new PermissionGrant(
                gr.GroupId, gr.PermissionKey, g.ValidId == Validity.Valid, r.ValidId == Validity.Valid, gr.PermissionValue == 1))
            .ToListAsync(ct);

        return EffectivePermissions.From(direct.Concat(viaRoles));
    }

    public static async Task<CustomerVisibility> ForCustomerAsync(IAppDbContext db, string login, CancellationToken ct)
    {
        var lowered = login.ToLowerInvariant();
        var companies = await db.CustomerUsers
            .Where(c => c.Login.ToLower() == lowered)
            .Select(c => c.CustomerId)
            .Union(db.CustomerUserCustomers.Where(c => c.UserId.ToLower() == lowered).Select(c => c.CustomerId))
            .ToListAsync(ct);

        var grants = await (
            from cg in db.CustomerUserGroups
            join g in db.Groups on cg.GroupId equals g.Id
            where cg.UserId.ToLower() == lowered && cg.PermissionValue == 1 && g.ValidId == Validity.Valid
            select new { cg.GroupId, Key = cg.PermissionKey })
            .Union(
                from cc in db.CustomerCompanyGroups
                join g in db.Groups on cc.GroupId equals g.Id
                where companies.Contains(cc.CustomerId) && cc.PermissionValue == 1 && g.ValidId == Validity.Valid
                      && cc.PermissionContext == CustomerCompanyGroup.SameCustomerContext
                select new { cc.GroupId, Key = cc.PermissionKey })
            .ToListAsync(ct);

        return new CustomerVisibility(
            login,
            companies.Where(c => !string.IsNullOrEmpty(c)).ToHashSet(StringComparer.Ordinal),
            grants.Select(g => (g.GroupId, g.Key)));
    }
}
