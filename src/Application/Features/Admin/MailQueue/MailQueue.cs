using GoTrs.Application.Common.Exceptions;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Messaging;
using GoTrs.Application.Common.Models;
using GoTrs.Application.Features.Admin.Common;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Application.Features.Admin.MailQueue;

/// <summary>An outgoing mail waiting in <c>mail_queue</c>: where it goes, how often sending failed and why.</summary>
public sealed record MailQueueItemDto(
    long Id, long? ArticleId, string? Sender, string Recipient, int Attempts, DateTime? DueTime, int? LastSmtpCode,
    string? LastSmtpMessage, DateTime CreateTime);

public sealed record ListMailQueueQuery(Paging Paging) : IRequest<PagedList<MailQueueItemDto>>, IPagedQuery;

/// <summary>Sends the mail again at the next run of the send job, with a fresh count of attempts.</summary>
public sealed record RetryMailQueueItemCommand(long Id) : IRequest<Unit>;

/// <summary>Gives up on a queued mail; its article stays on the ticket.</summary>
public sealed record DeleteMailQueueItemCommand(long Id) : IRequest<Unit>;

public sealed class MailQueueHandlers(IAppDbContext db, TimeProvider clock)
    : IRequestHandler<ListMailQueueQuery, PagedList<MailQueueItemDto>>,
      IRequestHandler<RetryMailQueueItemCommand, Unit>,
      IRequestHandler<DeleteMailQueueItemCommand, Unit>
{
    public Task<PagedList<MailQueueItemDto>> Handle(ListMailQueueQuery request, CancellationToken cancellationToken) =>
        AdminRows.PageAsync(db.MailQueue.AsNoTracking().OrderBy(m => m.Id),
            m => new MailQueueItemDto(m.Id, m.ArticleId, m.Sender, m.Recipient, m.Attempts, m.DueTime, m.LastSmtpCode, m.LastSmtpMessage, m.CreateTime),
            request.Paging, cancellationToken);

    public async Task<Unit> Handle(RetryMailQueueItemCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
        var changed = await db.MailQueue.Where(m => m.Id == request.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.Attempts, 0).SetProperty(m => m.DueTime, due), cancellationToken);
        return changed == 0 ? throw new NotFoundException($"Queued mail {request.Id} was not found.") : Unit.Value;
    }

    public async Task<Unit> Handle(DeleteMailQueueItemCommand request, CancellationToken cancellationToken) =>
        await db.MailQueue.Where(m => m.Id == request.Id).ExecuteDeleteAsync(cancellationToken) == 0
            ? throw new NotFoundException($"Queued mail {request.Id} was not found.")
            : Unit.Value;
}
