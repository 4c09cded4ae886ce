using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Messaging;
using GoTrs.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace GoTrs.Application.Features.Lookups;

public sealed record GetTypesQuery : IRequest<IReadOnlyList<LookupDto>>;

public sealed class GetTypesHandler(IAppDbContext db, IMemoryCache cache)
    : IRequestHandler<GetTypesQuery, IReadOnlyList<LookupDto>>
{
    public Task<IReadOnlyList<LookupDto>> Handle(GetTypesQuery request, CancellationToken cancellationToken) =>
        LookupCache.GetAsync<IReadOnlyList<LookupDto>>(cache, "lookups:types", async () =>
            await db.TicketTypes.Where(t => t.ValidId == Validity.Valid).OrderBy(t => t.Name)
                .Select(t => new LookupDto(t.Id, t.Name)).ToListAsync(cancellationToken));
}
