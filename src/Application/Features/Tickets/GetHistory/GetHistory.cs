using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Messaging;
using GoTrs.Application.Common.Security;
using GoTrs.Application.Features.Tickets.Common;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Application.Features.Tickets.GetHistory;

public sealed record HistoryEntryDto(
    long Id, string Type, string Name, long? ArticleId, int CreatedById, string CreatedBy, DateTime Created,
    int QueueId, int StateId, int PriorityId, int OwnerId, int TypeId);

/// <summary>A ticket's history, oldest first (agents only, as in OTRS).</summary>
public sealed record GetHistoryQuery(string IdOrNumber) : IRequest<IReadOnlyList<HistoryEntryDto>>;

public sealed class GetHistoryHandler(IAppDbContext db, ICurrentUser caller, IPermissionService permissions)
    : IRequestHandler<GetHistoryQuery, IReadOnlyList<HistoryEntryDto>>
{
    public async Task<IReadOnlyList<HistoryEntryDto>> Handle(GetHistoryQuery request, CancellationToken cancellationToken)
    {
        var ticket = (await ReadableTicket.LoadAsync(db, permissions, caller, request.IdOrNumber, cancellationToken))
            .AgentsOnly("The history");
        return await (
            from h in db.TicketHistory
            join t in db.TicketHistoryTypes on h.HistoryTypeId equals t.Id
            join u in db.Agents on h.CreateBy equals u.Id
            where h.TicketId == ticket.Id
            orderby h.Id
            select new HistoryEntryDto(h.Id, t.Name, h.Name, h.ArticleId, h.CreateBy, u.Login, h.CreateTime,
                h.QueueId, h.StateId, h.PriorityId, h.OwnerId, h.TypeId)).ToListAsync(cancellationToken);
    }
}
