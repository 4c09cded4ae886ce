using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Messaging;
using GoTrs.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace GoTrs.Application.Features.Lookups;

public sealed record StateDto(int Id, string Name, int TypeId, string TypeName, string? Comment);

public sealed record GetStatesQuery : IRequest<IReadOnlyList<StateDto>>;

public sealed class GetStatesHandler(IAppDbContext db, IMemoryCache cache) : IRequestHandler<GetStatesQuery, IReadOnlyList<StateDto>>
{
    public Task<IReadOnlyList<StateDto>> Handle(GetStatesQuery request, CancellationToken cancellationToken) =>
        LookupCache.GetAsync<IReadOnlyList<StateDto>>(cache, "lookups:states", async () => await (
                from s in db.TicketStates
                join t in db.TicketStateTypes on s.TypeId equals t.Id
                where s.ValidId == Validity.Valid
                orderby s.Id
                select new StateDto(s.Id, s.Name, t.Id, t.Name, s.Comments))
            .ToListAsync(cancellationToken));
}
