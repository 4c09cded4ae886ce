using FluentValidation;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Messaging;
using GoTrs.Application.Common.Security;
using GoTrs.Domain.Common;
using GoTrs.Domain.Customers;
using GoTrs.Domain.Permissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace GoTrs.Application.Features.Lookups;

public sealed record QueueDto(
    int Id, string Name, int? ParentId, int GroupId, string? Comment, int SystemAddressId, int FollowUpId,
    int? UnlockTimeout, int? FirstResponseTime, int? UpdateTime, int? SolutionTime, string? CalendarName);

/// <summary>
/// The valid queues in which the caller holds <see cref="Permission"/> (default <c>ro</c>: may see): agents on the
/// queue's group (e.g. <c>create</c> for new tickets, <c>move_into</c> for moves); customers see queues through their
/// customer groups and create in those they hold <c>rw</c> on.
/// </summary>
public sealed record GetQueuesQuery(string Permission = Domain.Permissions.Permission.Ro) : IRequest<IReadOnlyList<QueueDto>>;

public sealed class GetQueuesValidator : AbstractValidator<GetQueuesQuery>
{
    public GetQueuesValidator() =>
        RuleFor(x => x.Permission).Must(Permission.IsKnown)
            .WithMessage($"permission is one of {string.Join(", ", Permission.All)}.");
}

public sealed class GetQueuesHandler(IAppDbContext db, IMemoryCache cache, ICurrentUser currentUser, IPermissionService permissions)
    : IRequestHandler<GetQueuesQuery, IReadOnlyList<QueueDto>>
{
    public async Task<IReadOnlyList<QueueDto>> Handle(GetQueuesQuery request, CancellationToken cancellationToken)
    {
        var all = await LookupCache.GetAsync(cache, "lookups:queues", () => LoadAsync(cancellationToken));
        IReadOnlySet<int> groups = currentUser.Kind switch
        {
            PrincipalKind.Agent => (await permissions.AgentPermissionsAsync(cancellationToken)).GroupsWith(request.Permission),
            PrincipalKind.Customer => CustomerGroups(await permissions.CustomerVisibilityAsync(cancellationToken), request.Permission),
            _ => new HashSet<int>(),
        };
        return all.Where(q => groups.Contains(q.GroupId)).ToList();
    }

    private static IReadOnlySet<int> CustomerGroups(CustomerVisibility visibility, string permission) => permission switch
    {
        Permission.Ro => visibility.CompanyTicketGroupIds,
        Permission.Rw or Permission.Create => visibility.GroupPermissions
            .Where(g => g.Value.Contains(Permission.Rw)).Select(g => g.Key).ToHashSet(),
        _ => new HashSet<int>(),
    };

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
