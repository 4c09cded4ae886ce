using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Messaging;
using GoTrs.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace GoTrs.Application.Features.Lookups;

public sealed record SlaDto(
    int Id, string Name, int FirstResponseTime, int UpdateTime, int SolutionTime, string? CalendarName,
    IReadOnlyList<int> ServiceIds);

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
