using FluentValidation;
using GoTrs.Application.Common.Exceptions;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Messaging;
using GoTrs.Application.Common.Security;
using GoTrs.Application.Common.Models;
using GoTrs.Domain.Common;
using GoTrs.Domain.Permissions;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Application.Features.Agents.SearchAgents;

public sealed record AgentDto(int Id, string Login, string FirstName, string LastName, string FullName);

/// <summary>
/// Valid agents for owner/responsible pickers. With <see cref="QueueId"/>, only agents holding
/// <see cref="Permission"/> (or rw) on the queue's group, directly or through a valid role. The queue must be one the
/// caller may see. The agents come in one SQL statement.
/// </summary>
public sealed record SearchAgentsQuery(string? Search, int? QueueId, string Permission = Domain.Permissions.Permission.Ro, int Limit = 50)
    : IRequest<IReadOnlyList<AgentDto>>;

public sealed class SearchAgentsHandler(IAppDbContext db, IPermissionService permissions)
    : IRequestHandler<SearchAgentsQuery, IReadOnlyList<AgentDto>>
{
    public async Task<IReadOnlyList<AgentDto>> Handle(SearchAgentsQuery request, CancellationToken cancellationToken)
    {
        var agents = db.Agents.AsNoTracking().Where(a => a.ValidId == Validity.Valid);
        foreach (var word in (request.Search ?? "").Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct())
        {
            var pattern = LikePattern.Containing(word);
            agents = agents.Where(a => EF.Functions.Like(a.Login.ToLower(), pattern)
                                       || EF.Functions.Like(a.FirstName.ToLower(), pattern)
                                       || EF.Functions.Like(a.LastName.ToLower(), pattern));
        }
        if (request.QueueId is { } queueId)
        {
            if (!await permissions.CanAsync(queueId, Permission.Ro, cancellationToken))
                throw new NotFoundException($"Queue {queueId} was not found.");
            var holders = PermissionQueries.HoldersOf(db, PermissionQueries.GroupOfQueue(db, queueId), request.Permission);
            agents = agents.Where(a => holders.Contains(a.Id));
        }
        return await agents
            .OrderBy(a => a.LastName).ThenBy(a => a.FirstName).ThenBy(a => a.Login)
            .Take(request.Limit)
            .Select(a => new AgentDto(a.Id, a.Login, a.FirstName, a.LastName, (a.FirstName + " " + a.LastName).Trim()))
            .ToListAsync(cancellationToken);
    }
}

public sealed class SearchAgentsValidator : AbstractValidator<SearchAgentsQuery>
{
    public SearchAgentsValidator()
    {
        RuleFor(x => x.Search).MaximumLength(200);
        RuleFor(x => x.Permission).Must(Permission.IsKnown)
            .WithMessage($"permission is one of {string.Join(", ", Permission.All)}.");
        RuleFor(x => x.Limit).InclusiveBetween(1, 200);
    }
}
