using FluentValidation;
using GoTrs.Application.Common.Exceptions;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Messaging;
using GoTrs.Application.Common.Security;
using GoTrs.Application.Features.Tickets.Common;
using GoTrs.Application.Features.Tickets.Links;
using GoTrs.Application.Features.Tickets.UpdateTicket;
using GoTrs.Domain.Tickets;
using Microsoft.EntityFrameworkCore;
using ValidationException = GoTrs.Application.Common.Exceptions.ValidationException;

namespace GoTrs.Application.Features.Tickets.MergeTicket;

/// <summary>
/// Merges a ticket into another, as OTRS does: its articles move to the main ticket, it gets the state "merged" and a
/// ParentChild link from the main ticket, and both tickets record the merge in their history. Needs rw on both.
/// </summary>
public sealed record MergeTicketCommand(string IdOrNumber, string? IntoTicket) : IRequest<Unit>;

public sealed class MergeTicketHandler(
    IAppDbContext db, ICurrentUser caller, IPermissionService permissions, HistoryTypeCache history,
    TicketLinks links, IEscalationService escalation) : IRequestHandler<MergeTicketCommand, Unit>
{
    public async Task<Unit> Handle(MergeTicketCommand request, CancellationToken cancellationToken)
    {
        var source = await LoadedTicket.LoadAsync(db, permissions, caller, TicketLocator.Parse(request.IdOrNumber), cancellationToken);
        var main = await LoadedTicket.LoadAsync(db, permissions, caller, TicketLocator.Parse(request.IntoTicket!), cancellationToken);
        source.Rights.Require(source.Rights.Rw, "merge this ticket");
        main.Rights.Require(main.Rights.Rw, "merge into that ticket");
        if (source.Ticket.Id == main.Ticket.Id) throw new ValidationException("intoTicket", "A ticket cannot be merged into itself.");
        if (source.StateType == TicketStateType.Merged) throw new ConflictException("The ticket is already merged.");
        if (main.StateType == TicketStateType.Merged) throw new ValidationException("intoTicket", "The target ticket is itself merged.");

        var merged = await db.TicketStates.Where(s => s.Name == "merged").Select(s => s.Id).FirstAsync(cancellationToken);
        var (s, m) = (source.Ticket, main.Ticket);
        await db.Articles.Where(a => a.TicketId == s.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.TicketId, m.Id), cancellationToken);
        s.StateId = merged;
        s.LockId = TicketLockType.Unlock;
        s.UntilTimeEpoch = 0;
        var name = $"%%{s.TicketNumber}%%{s.Id}%%{m.TicketNumber}%%{m.Id}";
        var entries = new List<TicketHistory>
        {
            await history.EntryAsync(s, HistoryTypes.Merged, name, null, cancellationToken),
            await history.EntryAsync(m, HistoryTypes.Merged, name, null, cancellationToken),
        };
        db.Entry(m).Property(t => t.ChangeTime).IsModified = true;
        await links.AddAsync(m, s, LinkKind.ParentChild, entries, cancellationToken);
        await UpdateTicketHandler.SaveAsync(db, entries, cancellationToken);
        await escalation.RecalculateAsync([s.Id, m.Id], cancellationToken);
        return Unit.Value;
    }
}

public sealed class MergeTicketValidator : AbstractValidator<MergeTicketCommand>
{
    public MergeTicketValidator() => RuleFor(x => x.IntoTicket).NotEmpty().MaximumLength(50);
}
