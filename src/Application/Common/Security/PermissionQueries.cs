using GoTrs.Application.Common.Interfaces;
using GoTrs.Domain.Common;
using GoTrs.Domain.Customers;
using GoTrs.Domain.Permissions;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Application.Common.Security;

/// <summary>Reads the grants behind customer permissions in one statement (agents' grants: <see cref="IAgentGrantReader"/>).</summary>
public static class PermissionQueries
{
    public static async Task<CustomerVisibility> ForCustomerAsync(IAppDbContext db, string login, CancellationToken ct)
    {
        var lowered = login.ToLowerInvariant();
        var companies = db.CustomerUsers.Where(c => c.Login.ToLower() == lowered).Select(c => c.CustomerId)
            .Concat(db.CustomerUserCustomers.Where(c => c.UserId.ToLower() == lowered).Select(c => c.CustomerId));

        var rows = await companies.Select(c => new { CustomerId = (string?)c, GroupId = 0, Key = "" })
            .Concat(
                from cg in db.CustomerUserGroups
                join g in db.Groups on cg.GroupId equals g.Id
                where cg.UserId.ToLower() == lowered && cg.PermissionValue == 1 && g.ValidId == Validity.Valid
                select new { CustomerId = (string?)null, cg.GroupId, Key = cg.PermissionKey })
            .Concat(
                from cc in db.CustomerCompanyGroups
                join g in db.Groups on cc.GroupId equals g.Id
                where companies.Contains(cc.CustomerId) && cc.PermissionValue == 1 && g.ValidId == Validity.Valid
                      && cc.PermissionContext == CustomerCompanyGroup.SameCustomerContext
                select new { CustomerId = (string?)null, cc.GroupId, Key = cc.PermissionKey })
            .ToListAsync(ct);

        return new CustomerVisibility(
            login,
            rows.Where(r => !string.IsNullOrEmpty(r.CustomerId)).Select(r => r.CustomerId!).ToHashSet(StringComparer.Ordinal),
            rows.Where(r => r.CustomerId is null).Select(r => (r.GroupId, r.Key)));
    }

    /// <summary>The (valid) group of a queue, as a subquery.</summary>
    public static IQueryable<int> GroupOfQueue(IAppDbContext db, int queueId) =>
        from q in db.Queues
        join g in db.Groups on q.GroupId equals g.Id
        where q.Id == queueId && g.ValidId == Validity.Valid
        select g.Id;

    /// <summary>Agents holding <paramref name="key"/> or rw on one of the groups, directly or through a valid role.</summary>
    public static IQueryable<int> HoldersOf(IAppDbContext db, IQueryable<int> groupIds, string key)
    {
        var direct = db.GroupUsers
            .Where(gu => groupIds.Contains(gu.GroupId) && (gu.PermissionKey == key || gu.PermissionKey == Permission.Rw))
            .Select(gu => gu.UserId);
        var viaRoles =
            from ru in db.RoleUsers
            join r in db.Roles on ru.RoleId equals r.Id
            join gr in db.GroupRoles on ru.RoleId equals gr.RoleId
            where r.ValidId == Validity.Valid && gr.PermissionValue == 1 && groupIds.Contains(gr.GroupId)
                  && (gr.PermissionKey == key || gr.PermissionKey == Permission.Rw)
            select ru.UserId;
        return direct.Concat(viaRoles);
    }
}
