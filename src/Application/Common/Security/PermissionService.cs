using GoTrs.Application.Common.Exceptions;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Domain.Customers;
using GoTrs.Domain.Permissions;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Application.Common.Security;

/// <summary>Scoped: reads the caller's grants and the queue→group map once per request, then answers from memory.</summary>
public sealed class PermissionService(IAppDbContext db, IAgentGrantReader grants, ICurrentUser currentUser) : IPermissionService
{
    private EffectivePermissions? _agent;
    private Dictionary<int, int>? _queueGroups;
    private int? _adminGroupId;
    private CustomerVisibility? _customer;

    public async Task<EffectivePermissions> AgentPermissionsAsync(CancellationToken cancellationToken = default)
    {
        if (_agent is not null) return _agent;
        _agent = currentUser is { Kind: PrincipalKind.Agent, AgentId: { } id }
            ? await grants.ForAgentAsync(id, cancellationToken)
            : EffectivePermissions.None;
        return _agent;
    }

    public async Task<bool> IsAdminAsync(CancellationToken cancellationToken = default)
    {
        var permissions = await AgentPermissionsAsync(cancellationToken);
        _adminGroupId ??= await db.Groups
            .Where(g => g.Name == PermissionGroup.AdminGroupName)
            .Select(g => (int?)g.Id)
            .FirstOrDefaultAsync(cancellationToken) ?? -1;
        return permissions.Has(_adminGroupId.Value, Permission.Rw);
    }

    public async Task<bool> CanAsync(int queueId, string permission, CancellationToken cancellationToken = default)
    {
        var groups = await QueueGroupsAsync(cancellationToken);
        return groups.TryGetValue(queueId, out var groupId)
               && (await AgentPermissionsAsync(cancellationToken)).Has(groupId, permission);
    }

    public async Task<IReadOnlySet<int>> QueuesWithAsync(string permission, CancellationToken cancellationToken = default)
    {
        var allowedGroups = (await AgentPermissionsAsync(cancellationToken)).GroupsWith(permission);
        if (allowedGroups.Count == 0) return new HashSet<int>();
        var groups = await QueueGroupsAsync(cancellationToken);
        return groups.Where(q => allowedGroups.Contains(q.Value)).Select(q => q.Key).ToHashSet();
    }

    public async Task<CustomerVisibility> CustomerVisibilityAsync(CancellationToken cancellationToken = default)
    {
        if (_customer is not null) return _customer;
        if (currentUser is not { Kind: PrincipalKind.Customer, Login: { } login })
            throw new ForbiddenException("Only customer users have customer visibility.");
        return _customer = await PermissionQueries.ForCustomerAsync(db, login, cancellationToken);
    }

    private async Task<Dictionary<int, int>> QueueGroupsAsync(CancellationToken ct) =>
        _queueGroups ??= await db.Queues.AsNoTracking().ToDictionaryAsync(q => q.Id, q => q.GroupId, ct);
}
