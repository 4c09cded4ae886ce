using GoTrs.Application.Common.Exceptions;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Messaging;
using GoTrs.Domain.Mail;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Application.Features.Admin.PostmasterFilters;

/// <summary>A header (or "Body") and the regular expression it must match — or must not, with <see cref="Not"/>.</summary>
public sealed record FilterMatch(string Key, string Value, bool Not = false);

/// <summary>An X-OTRS-* / X-GOTRS-* header the filter sets (Queue, Priority, State, Type, CustomerUser, CustomerNo, Title, Ignore, …).</summary>
public sealed record FilterSet(string Key, string Value);

/// <summary>A postmaster filter: every match must hold; then the values are set; <see cref="Stop"/> ends the chain.</summary>
public sealed record PostmasterFilterDto(string Name, bool Stop, IReadOnlyList<FilterMatch> Match, IReadOnlyList<FilterSet> Set);

public sealed record ListPostmasterFiltersQuery : IRequest<IReadOnlyList<PostmasterFilterDto>>;

public sealed record GetPostmasterFilterQuery(string Name) : IRequest<PostmasterFilterDto>;

/// <summary>Creates a filter (<see cref="OriginalName"/> null) or replaces the one named <see cref="OriginalName"/>.</summary>
public sealed record SavePostmasterFilterCommand(
    string? OriginalName, string? Name, bool? Stop, IReadOnlyList<FilterMatch>? Match, IReadOnlyList<FilterSet>? Set)
    : IRequest<PostmasterFilterDto>;

public sealed record DeletePostmasterFilterCommand(string Name) : IRequest<Unit>;

/// <summary>Stored as OTRS stores them: one <c>postmaster_filter</c> row per line, all rows of a filter rewritten on save.</summary>
public sealed class PostmasterFilterHandlers(IAppDbContext db)
    : IRequestHandler<ListPostmasterFiltersQuery, IReadOnlyList<PostmasterFilterDto>>,
      IRequestHandler<GetPostmasterFilterQuery, PostmasterFilterDto>,
      IRequestHandler<SavePostmasterFilterCommand, PostmasterFilterDto>,
      IRequestHandler<DeletePostmasterFilterCommand, Unit>
{
    public async Task<IReadOnlyList<PostmasterFilterDto>> Handle(ListPostmasterFiltersQuery request, CancellationToken cancellationToken) =>
        (await db.PostmasterFilters.AsNoTracking().ToListAsync(cancellationToken))
        .GroupBy(r => r.Name).OrderBy(g => g.Key, StringComparer.Ordinal).Select(ToDto).ToList();

    public async Task<PostmasterFilterDto> Handle(GetPostmasterFilterQuery request, CancellationToken cancellationToken)
    {
        var rows = await db.PostmasterFilters.AsNoTracking().Where(r => r.Name == request.Name).ToListAsync(cancellationToken);
        return rows.Count == 0
            ? throw new NotFoundException($"Postmaster filter '{request.Name}' was not found.")
            : ToDto(rows.GroupBy(r => r.Name).Single());
    }

    public async Task<PostmasterFilterDto> Handle(SavePostmasterFilterCommand request, CancellationToken cancellationToken)
    {
        var name = request.Name!.Trim();
        if (request.OriginalName is { } original && !await db.PostmasterFilters.AnyAsync(r => r.Name == original, cancellationToken))
            throw new NotFoundException($"Postmaster filter '{original}' was not found.");
        if (name != request.OriginalName && await db.PostmasterFilters.AnyAsync(r => r.Name == name, cancellationToken))
            throw new ConflictException($"A postmaster filter named '{name}' exists already.");
        if (request.OriginalName is not null)
            await db.PostmasterFilters.Where(r => r.Name == request.OriginalName).ExecuteDeleteAsync(cancellationToken);
        var stop = request.Stop == true ? 1 : 0;
        var rows = request.Match!.DistinctBy(m => (m.Key, m.Value))
            .Select(m => new PostmasterFilter { Name = name, Stop = stop, Type = PostmasterFilter.Match, Key = m.Key, Value = m.Value, Not = m.Not ? 1 : 0 })
            .Concat(request.Set!.DistinctBy(s => (s.Key, s.Value))
                .Select(s => new PostmasterFilter { Name = name, Stop = stop, Type = PostmasterFilter.Set, Key = s.Key, Value = s.Value, Not = 0 }))
            .ToList();
        db.PostmasterFilters.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(rows.GroupBy(r => r.Name).Single());
    }

    public async Task<Unit> Handle(DeletePostmasterFilterCommand request, CancellationToken cancellationToken)
    {
        if (await db.PostmasterFilters.Where(r => r.Name == request.Name).ExecuteDeleteAsync(cancellationToken) == 0)
            throw new NotFoundException($"Postmaster filter '{request.Name}' was not found.");
        return Unit.Value;
    }

    private static PostmasterFilterDto ToDto(IGrouping<string, PostmasterFilter> rows) => new(
        rows.Key, rows.Any(r => r.Stop == 1),
        rows.Where(r => r.Type == PostmasterFilter.Match).Select(r => new FilterMatch(r.Key, r.Value, r.Not == 1)).ToList(),
        rows.Where(r => r.Type == PostmasterFilter.Set).Select(r => new FilterSet(r.Key, r.Value)).ToList());
}
