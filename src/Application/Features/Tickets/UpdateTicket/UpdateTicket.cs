using GoTrs.Application.Common.Exceptions;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Messaging;
using GoTrs.Application.Common.Security;
using GoTrs.Application.Features.Tickets.Common;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Application.Features.Tickets.UpdateTicket;

/// <summary>Changes ticket attributes. A stale <see cref="IfMatch"/> version gets 409 and changes nothing.</summary>
public sealed record UpdateTicketCommand(string IdOrNumber, TicketChanges Changes, string? IfMatch) : IRequest<TicketSummaryDto>;

public sealed class UpdateTicketHandler(
    IAppDbContext db, ICurrentUser caller, IPermissionService permissions, TicketUpdater updater, IEscalationService escalation)
    : IRequestHandler<UpdateTicketCommand, TicketSummaryDto>
{
    public async Task<TicketSummaryDto> Handle(UpdateTicketCommand request, CancellationToken cancellationToken)
    {
        var loaded = await LoadedTicket.LoadAsync(db, permissions, caller, TicketLocator.Parse(request.IdOrNumber), cancellationToken);
        TicketVersion.Check(request.IfMatch, TicketVersion.Of(loaded.Ticket, db));
        var entries = await updater.ApplyAsync(loaded, request.Changes, cancellationToken);
        await SaveAsync(db, entries, cancellationToken);
        await escalation.RecalculateAsync([loaded.Ticket.Id], cancellationToken);
        var id = loaded.Ticket.Id;
        var row = await TicketRows.Query(db).Where(r => r.Ticket.Id == id).WithVersion().SingleAsync(cancellationToken);
        return row.ToDto();
    }

    /// <summary>Saves with the version as concurrency token: a write that lost a race is a 409, not an overwrite.</summary>
    public static async Task SaveAsync(IAppDbContext db, IReadOnlyList<Domain.Tickets.TicketHistory> entries, CancellationToken ct)
    {
        db.TicketHistory.AddRange(entries);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("The ticket was changed by someone else at the same time. Reload and try again.");
        }
    }
}
