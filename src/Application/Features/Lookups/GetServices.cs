using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Messaging;
using GoTrs.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace GoTrs.Application.Features.Lookups;

public sealed record ServiceDto(int Id, string Name, string? Comment);

public sealed record SlaDto(
    int Id, string Name, int FirstResponseTime, int UpdateTime, int SolutionTime, string? CalendarName,
    IReadOnlyList<int> ServiceIds);

public sealed record GetServicesQuery : IRequest<IReadOnlyList<ServiceDto>>;

public sealed class GetServicesHandler(IAppDbContext db, IMemoryCache cache)
    : IRequestHandler<GetServicesQuery, IReadOnlyList<ServiceDto>>
{
    public Task<IReadOnlyList<ServiceDto>> Handle(GetServicesQuery request, CancellationToken cancellationToken) =>
        LookupCache.GetAsync<IReadOnlyList<ServiceDto>>(cache, "lookups:services", async () =>
            await db.Services.Where(s => s.ValidId == Validity.Valid).OrderBy(s => s.Name)
                .Select(s => new ServiceDto(s.Id, s.Name, s.Comments)).ToListAsync(cancellationToken));
}

public sealed record GetSlasQuery : IRequest<IReadOnlyList<SlaDto>>;

public sealed class GetSlasHandler(IAppDbContext db, IMemoryCache cache) : IRequestHandler<GetSlasQuery, IReadOnlyList<SlaDto>>
{
    public Task<IReadOnlyList<SlaDto>> Handle(GetSlasQuery request, CancellationToken cancellationToken) =>
        LookupCache.GetAsync<IReadOnlyList<SlaDto>>(cache, "lookups:slas", async () =>
        {
            var slas = await db.Slas.AsNoTracking().Where(s => s.ValidId == Validity.Valid).OrderBy(s => s.Name)
                .ToListAsync(cancellationToken);
            var links = await db.ServiceSlas.AsNoTracking().ToListAsync(cancellationToken);
            return slas.Select(s => new SlaDto(s.Id, s.Name, s.FirstResponseTime, s.UpdateTime, s.SolutionTime,
                s.CalendarName, links.Where(l => l.SlaId == s.Id).Select(l => l.ServiceId).Order().ToList())).ToList();
        });
}
