using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Messaging;
using GoTrs.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace GoTrs.Application.Features.Lookups;

public sealed record LookupDto(int Id, string Name);

public sealed record GetPrioritiesQuery : IRequest<IReadOnlyList<LookupDto>>;

public sealed class GetPrioritiesHandler(IAppDbContext db, IMemoryCache cache)
    : IRequestHandler<GetPrioritiesQuery, IReadOnlyList<LookupDto>>
{
    public Task<IReadOnlyList<LookupDto>> Handle(GetPrioritiesQuery request, CancellationToken cancellationToken) =>
        LookupCache.GetAsync<IReadOnlyList<LookupDto>>(cache, "lookups:priorities", async () =>
            await db.TicketPriorities.Where(p => p.ValidId == Validity.Valid).OrderBy(p => p.Id)
                .Select(p => new LookupDto(p.Id, p.Name)).ToListAsync(cancellationToken));
}
