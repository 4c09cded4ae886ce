using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Messaging;
using GoTrs.Application.Common.Security;
using GoTrs.Domain.Common;
using GoTrs.Domain.Permissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace GoTrs.Application.Features.Lookups;

public sealed record QueueDto(
    int Id, string Name, int? ParentId, int GroupId, string? Comment, int SystemAddressId, int FollowUpId,
    int? UnlockTimeout, int? FirstResponseTime, int? UpdateTime, int? SolutionTime, string? CalendarName);

/// <summary>The valid queues the caller may see: agents with <c>ro</c> on the queue's group, customers through their customer groups.</summary>
public sealed record GetQueuesQuery : IRequest<IReadOnlyList<QueueDto>>;

public sealed class GetQueuesHandler(IAppDbContext db, IMemoryCache cache, ICurrentUser currentUser, IPermissionService permissions)
    : IRequestHandler<GetQueuesQuery, IReadOnlyList<QueueDto>>
{
    public async Task<IReadOnlyList<QueueDto>> Handle(GetQueuesQuery request, CancellationToken cancellationToken)
    {
        var all = await LookupCache.GetAsync(cache, "lookups:queues", () => LoadAsync(cancellationToken));
        IReadOnlySet<int> groups = currentUser.Kind switch
        {
            PrincipalKind.Agent => (await permissions.AgentPermissionsAsync(cancellationToken)).GroupsWith(Permission.Ro),
            PrincipalKind.Customer => (await permissions.CustomerVisibilityAsync(cancellationToken)).CompanyTicketGroupIds,
            _ => new HashSet<int>(),
        };
        return all.Where(q => groups.Contains(q.GroupId)).ToList();
    }

    private async Task<IReadOnlyList<QueueDto>> LoadAsync(CancellationToken ct)
    {
        var queues = await db.Queues.AsNoTracking().Where(q => q.ValidId == Validity.Valid).OrderBy(q => q.Name)
            .ToListAsync(ct);
        var idByName = queues.ToDictionary(q => q.Name, q => q.Id, StringComparer.Ordinal);
        return queues.Select(q => new QueueDto(
            q.Id, q.Name, q.ParentName is { } parent && idByName.TryGetValue(parent, out var pid) ? pid : null,
            q.GroupId, q.Comments, q.SystemAddressId, q.FollowUpId, q.UnlockTimeout, q.FirstResponseTime,
            q.UpdateTime, q.SolutionTime, q.CalendarName)).ToList();
    }
}
