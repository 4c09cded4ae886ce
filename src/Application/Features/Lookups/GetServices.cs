using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Messaging;
using GoTrs.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace GoTrs.Application.Features.Lookups;

public sealed record ServiceDto(int Id, string Name, string? Comment);

public sealed record GetServicesQuery : IRequest<IReadOnlyList<ServiceDto>>;

public sealed class GetServicesHandler(IAppDbContext db, IMemoryCache cache)
    : IRequestHandler<GetServicesQuery, IReadOnlyList<ServiceDto>>
{
    public Task<IReadOnlyList<ServiceDto>> Handle(GetServicesQuery request, CancellationToken cancellationToken) =>
        LookupCache.GetAsync<IReadOnlyList<ServiceDto>>(cache, "lookups:services", async () =>
            await db.Services.Where(s => s.ValidId == Validity.Valid).OrderBy(s => s.Name)
                .Select(s => new ServiceDto(s.Id, s.Name, s.Comments)).ToListAsync(cancellationToken));
}
