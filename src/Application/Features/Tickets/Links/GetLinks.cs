using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Messaging;
using GoTrs.Application.Common.Security;
using GoTrs.Application.Features.Tickets.Common;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Application.Features.Tickets.Links;

/// <summary>A linked ticket seen from this ticket: role is "normal", "parent" (the other is this one's parent) or "child".</summary>
public sealed record LinkedTicketDto(long TicketId, string TicketNumber, string? Title, string State, string StateType, string Type, string Role);

/// <summary>The tickets linked to a ticket, limited to those the caller may see.</summary>
public sealed record GetLinksQuery(string IdOrNumber) : IRequest<IReadOnlyList<LinkedTicketDto>>;

public sealed class GetLinksHandler(IAppDbContext db, ICurrentUser caller, IPermissionService permissions)
    : IRequestHandler<GetLinksQuery, IReadOnlyList<LinkedTicketDto>>
{
    public async Task<IReadOnlyList<LinkedTicketDto>> Handle(GetLinksQuery request, CancellationToken cancellationToken)
    {
        var ticket = (await ReadableTicket.LoadAsync(db, permissions, caller, request.IdOrNumber, cancellationToken))
            .AgentsOnly("Links");

        var key = ticket.Id.ToString();
        var rows = await (
            from l in db.LinkRelations
            join o in db.LinkObjects on l.SourceObjectId equals o.Id
            join t in db.LinkTypes on l.TypeId equals t.Id
            where o.Name == TicketLinks.TicketObject && l.TargetObjectId == l.SourceObjectId
                  && (l.SourceKey == key || l.TargetKey == key)
            let other = l.SourceKey == key ? l.TargetKey : l.SourceKey
            join r in TicketRows.Query(db) on other equals r.Ticket.Id.ToString()
            select new
            {
                r.Ticket.Id, r.Ticket.TicketNumber, r.Ticket.Title, r.State, r.StateType, r.GroupId, Type = t.Name,
                IsSource = l.SourceKey == key,
            }).ToListAsync(cancellationToken);
        var readable = (await permissions.AgentPermissionsAsync(cancellationToken)).GroupsWith(Domain.Permissions.Permission.Ro);
        return rows.Where(r => readable.Contains(r.GroupId)).OrderBy(r => r.Id).Select(r => new LinkedTicketDto(
            r.Id, r.TicketNumber, r.Title, r.State, r.StateType, r.Type,
            r.Type == nameof(LinkKind.ParentChild) ? (r.IsSource ? "child" : "parent") : "normal")).ToList();
    }
}
