using GoTrs.Application.Common.Exceptions;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Messaging;
using GoTrs.Application.Common.Security;
using GoTrs.Application.Features.Tickets.Common;
using GoTrs.Application.Features.Tickets.UpdateTicket;
using GoTrs.Domain.Tickets;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Application.Features.Tickets.Links;

/// <summary>Removes every link between two tickets (either direction, any type). Needs rw on this ticket.</summary>
public sealed record RemoveLinkCommand(string IdOrNumber, string OtherTicket) : IRequest<Unit>;

public sealed class RemoveLinkHandler(IAppDbContext db, ICurrentUser caller, IPermissionService permissions, HistoryTypeCache history)
    : IRequestHandler<RemoveLinkCommand, Unit>
{
    public async Task<Unit> Handle(RemoveLinkCommand request, CancellationToken cancellationToken)
    {
        var self = await LoadedTicket.LoadAsync(db, permissions, caller, TicketLocator.Parse(request.IdOrNumber), cancellationToken);
        self.Rights.Require(self.Rights.Rw, "remove links");
        var other = await LoadedTicket.LoadAsync(db, permissions, caller, TicketLocator.Parse(request.OtherTicket), cancellationToken);
        var (a, b) = (self.Ticket.Id.ToString(), other.Ticket.Id.ToString());
        var rows = await (
            from l in db.LinkRelations
            join o in db.LinkObjects on l.SourceObjectId equals o.Id
            where o.Name == TicketLinks.TicketObject && l.TargetObjectId == l.SourceObjectId
                  && ((l.SourceKey == a && l.TargetKey == b) || (l.SourceKey == b && l.TargetKey == a))
            select l).ToListAsync(cancellationToken);
        if (rows.Count == 0) throw new NotFoundException("The tickets are not linked.");
        db.LinkRelations.RemoveRange(rows);
        var entries = new List<TicketHistory>
        {
            await history.EntryAsync(self.Ticket, HistoryTypes.TicketLinkDelete, $"%%{other.Ticket.TicketNumber}%%{other.Ticket.Id}", null, cancellationToken),
            await history.EntryAsync(other.Ticket, HistoryTypes.TicketLinkDelete, $"%%{self.Ticket.TicketNumber}%%{self.Ticket.Id}", null, cancellationToken),
        };
        await UpdateTicketHandler.SaveAsync(db, entries, cancellationToken);
        return Unit.Value;
    }
}
