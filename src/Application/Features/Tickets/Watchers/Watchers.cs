using GoTrs.Application.Common.Exceptions;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Messaging;
using GoTrs.Application.Common.Security;
using GoTrs.Application.Features.Tickets.Common;
using GoTrs.Application.Features.Tickets.UpdateTicket;
using GoTrs.Domain.Permissions;
using GoTrs.Domain.Tickets;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Application.Features.Tickets.Watchers;

public sealed record WatcherDto(int UserId, string Login, string Name);

/// <summary>The agents watching a ticket.</summary>
public sealed record GetWatchersQuery(string IdOrNumber) : IRequest<IReadOnlyList<WatcherDto>>;

/// <summary>Starts watching a ticket: the caller by default; another agent needs rw and must be able to read the ticket.</summary>
public sealed record WatchTicketCommand(string IdOrNumber, int? UserId) : IRequest<Unit>;

/// <summary>Stops a watch: one's own always, another agent's with rw.</summary>
public sealed record UnwatchTicketCommand(string IdOrNumber, int UserId) : IRequest<Unit>;

public sealed class WatcherHandlers(
    IAppDbContext db, ICurrentUser caller, IPermissionService permissions, IAgentGrantReader grants, HistoryTypeCache history)
    : IRequestHandler<GetWatchersQuery, IReadOnlyList<WatcherDto>>,
      IRequestHandler<WatchTicketCommand, Unit>,
      IRequestHandler<UnwatchTicketCommand, Unit>
{
    public async Task<IReadOnlyList<WatcherDto>> Handle(GetWatchersQuery request, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(request.IdOrNumber, cancellationToken);
        return await (
            from w in db.TicketWatchers
            join u in db.Agents on w.UserId equals u.Id
            where w.TicketId == loaded.Ticket.Id
            orderby u.Login
            select new WatcherDto(u.Id, u.Login, u.FirstName + " " + u.LastName)).ToListAsync(cancellationToken);
    }

    public async Task<Unit> Handle(WatchTicketCommand request, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(request.IdOrNumber, cancellationToken);
        var userId = request.UserId ?? caller.AgentId!.Value;
        if (userId != caller.AgentId)
        {
            loaded.Rights.Require(loaded.Rights.Rw, "subscribe other agents");
            var login = await db.Agents.Where(a => a.Id == userId && a.ValidId == 1).Select(a => a.Login).FirstOrDefaultAsync(cancellationToken)
                        ?? throw new ValidationException("userId", "No such valid agent.");
            if (!(await grants.ForAgentAsync(userId, cancellationToken)).Has(loaded.GroupId, Permission.Ro))
                throw new ValidationException("userId", $"{login} may not read this ticket.");
        }
        if (await db.TicketWatchers.AnyAsync(w => w.TicketId == loaded.Ticket.Id && w.UserId == userId, cancellationToken))
            return Unit.Value;
        db.TicketWatchers.Add(new TicketWatcher { TicketId = loaded.Ticket.Id, UserId = userId });
        var who = await db.Agents.Where(a => a.Id == userId).Select(a => a.Login).FirstAsync(cancellationToken);
        await UpdateTicketHandler.SaveAsync(db,
            [await history.EntryAsync(loaded.Ticket, HistoryTypes.Subscribe, $"%%{who}", null, cancellationToken)], cancellationToken);
        return Unit.Value;
    }

    public async Task<Unit> Handle(UnwatchTicketCommand request, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(request.IdOrNumber, cancellationToken);
        if (request.UserId != caller.AgentId) loaded.Rights.Require(loaded.Rights.Rw, "unsubscribe other agents");
        var watch = await db.TicketWatchers.FirstOrDefaultAsync(w => w.TicketId == loaded.Ticket.Id && w.UserId == request.UserId, cancellationToken)
                    ?? throw new NotFoundException("That agent does not watch this ticket.");
        db.TicketWatchers.Remove(watch);
        var who = await db.Agents.Where(a => a.Id == request.UserId).Select(a => a.Login).FirstAsync(cancellationToken);
        await UpdateTicketHandler.SaveAsync(db,
            [await history.EntryAsync(loaded.Ticket, HistoryTypes.Unsubscribe, $"%%{who}", null, cancellationToken)], cancellationToken);
        return Unit.Value;
    }

    private async Task<LoadedTicket> LoadAsync(string idOrNumber, CancellationToken ct) =>
        (await LoadedTicket.LoadAsync(db, permissions, caller, TicketLocator.Parse(idOrNumber), ct)).AgentsOnly("Watching tickets");
}
