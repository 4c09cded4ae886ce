using GoTrs.Domain.Customers;
using GoTrs.Domain.Permissions;

namespace GoTrs.Application.Common.Security;

/// <summary>
/// Answers "may the caller do P on queue Q" (through the queue's group) and "which groups/queues may the caller see
/// with P". Computed once per request: the implementation is scoped and caches what it read.
/// </summary>
public interface IPermissionService
{
    /// <summary>The calling agent's effective permissions per group; none for customers and anonymous callers.</summary>
    Task<EffectivePermissions> AgentPermissionsAsync(CancellationToken cancellationToken = default);

    /// <summary>True when the calling agent holds rw on the admin group.</summary>
    Task<bool> IsAdminAsync(CancellationToken cancellationToken = default);

    /// <summary>True when the calling agent holds <paramref name="permission"/> on the queue's group.</summary>
    Task<bool> CanAsync(int queueId, string permission, CancellationToken cancellationToken = default);

    /// <summary>Ids of the queues (valid or not) in which the calling agent holds <paramref name="permission"/>.</summary>
    Task<IReadOnlySet<int>> QueuesWithAsync(string permission, CancellationToken cancellationToken = default);

    /// <summary>The calling customer's ticket visibility; throws when the caller is not a customer.</summary>
    Task<CustomerVisibility> CustomerVisibilityAsync(CancellationToken cancellationToken = default);
}
