using FluentValidation;
using GoTrs.Application.Common.Exceptions;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Messaging;
using GoTrs.Application.Common.Security;
using GoTrs.Application.Features.Tickets.Common;
using GoTrs.Application.Features.Tickets.UpdateTicket;
using GoTrs.Domain.Tickets;
using Microsoft.EntityFrameworkCore;
using ValidationException = GoTrs.Application.Common.Exceptions.ValidationException;

namespace GoTrs.Application.Features.Tickets.AccountTime;

public sealed record TimeEntryDto(long Id, long? ArticleId, decimal TimeUnits, int CreatedById, string CreatedBy, DateTime Created);

public sealed record TimeAccountingDto(decimal Total, IReadOnlyList<TimeEntryDto> Entries);

public sealed record GetTimeAccountingQuery(string IdOrNumber) : IRequest<TimeAccountingDto>;

/// <summary>Books time units on a ticket, optionally against one of its articles. Needs note or rw.</summary>
public sealed record AddTimeAccountingCommand(string IdOrNumber, decimal? TimeUnits, long? ArticleId) : IRequest<TimeAccountingDto>;

public sealed class TimeAccountingHandlers(IAppDbContext db, ICurrentUser caller, IPermissionService permissions, HistoryTypeCache history)
    : IRequestHandler<GetTimeAccountingQuery, TimeAccountingDto>, IRequestHandler<AddTimeAccountingCommand, TimeAccountingDto>
{
    public async Task<TimeAccountingDto> Handle(GetTimeAccountingQuery request, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(request.IdOrNumber, cancellationToken);
        return await ReadAsync(loaded.Ticket.Id, cancellationToken);
    }

    public async Task<TimeAccountingDto> Handle(AddTimeAccountingCommand request, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(request.IdOrNumber, cancellationToken);
        loaded.Rights.Require(loaded.Rights.Note || loaded.Rights.Rw, "account time");
        var ticket = loaded.Ticket;
        if (request.ArticleId is { } articleId
            && !await db.Articles.AnyAsync(a => a.Id == articleId && a.TicketId == ticket.Id, cancellationToken))
            throw new ValidationException("articleId", "The article does not belong to this ticket.");
        db.TimeAccounting.Add(new Domain.Tickets.TimeAccounting { TicketId = ticket.Id, ArticleId = request.ArticleId, TimeUnit = request.TimeUnits!.Value });
        var total = await db.TimeAccounting.Where(t => t.TicketId == ticket.Id).SumAsync(t => t.TimeUnit, cancellationToken) + request.TimeUnits.Value;
        await UpdateTicketHandler.SaveAsync(db,
            [await history.EntryAsync(ticket, HistoryTypes.TimeAccounting, $"%%{request.TimeUnits}%%{total}", request.ArticleId, cancellationToken)],
            cancellationToken);
        return await ReadAsync(ticket.Id, cancellationToken);
    }

    private async Task<TimeAccountingDto> ReadAsync(long ticketId, CancellationToken ct)
    {
        var entries = await (
            from t in db.TimeAccounting
            join u in db.Agents on t.CreateBy equals u.Id
            where t.TicketId == ticketId
            orderby t.Id
            select new TimeEntryDto(t.Id, t.ArticleId, t.TimeUnit, t.CreateBy, u.Login, t.CreateTime)).ToListAsync(ct);
        return new TimeAccountingDto(entries.Sum(e => e.TimeUnits), entries);
    }

    private async Task<LoadedTicket> LoadAsync(string idOrNumber, CancellationToken ct) =>
        (await LoadedTicket.LoadAsync(db, permissions, caller, TicketLocator.Parse(idOrNumber), ct)).AgentsOnly("Time accounting");
}

public sealed class AddTimeAccountingValidator : AbstractValidator<AddTimeAccountingCommand>
{
    public AddTimeAccountingValidator() =>
        RuleFor(x => x.TimeUnits).NotNull()
            .Must(u => u is null or (> -99_999_999m and < 99_999_999m and not 0m))
            .WithMessage("timeUnits must be a non-zero number between -99,999,999 and 99,999,999.");
}
