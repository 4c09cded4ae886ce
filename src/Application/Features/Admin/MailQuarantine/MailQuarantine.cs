using GoTrs.Application.Common.Exceptions;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Messaging;
using GoTrs.Application.Common.Models;
using GoTrs.Application.Features.Admin.Common;
using GoTrs.Application.Features.Mail.Common;
using GoTrs.Application.Features.Mail.DeliverMail;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Application.Features.Admin.MailQuarantine;

/// <summary>A received message that did not become a ticket or article, and why.</summary>
public sealed record QuarantinedMailDto(
    long Id, int? MailAccountId, string Reason, string? Sender, string? Subject, string? MessageId, DateTimeOffset ReceivedAt,
    int Retries, int Size);

public sealed record ListQuarantineQuery(Paging Paging) : IRequest<PagedList<QuarantinedMailDto>>, IPagedQuery;

public sealed record DownloadQuarantinedMailQuery(long Id) : IRequest<byte[]>;

/// <summary>Runs the message through the postmaster again (after a filter, queue or ticket was fixed).</summary>
public sealed record RetryQuarantinedMailCommand(long Id) : IRequest<DeliveryResult>;

public sealed record DeleteQuarantinedMailCommand(long Id) : IRequest<Unit>;

public sealed class MailQuarantineHandlers(IAppDbContext db, ISender sender)
    : IRequestHandler<ListQuarantineQuery, PagedList<QuarantinedMailDto>>,
      IRequestHandler<DownloadQuarantinedMailQuery, byte[]>,
      IRequestHandler<RetryQuarantinedMailCommand, DeliveryResult>,
      IRequestHandler<DeleteQuarantinedMailCommand, Unit>
{
    public Task<PagedList<QuarantinedMailDto>> Handle(ListQuarantineQuery request, CancellationToken cancellationToken) =>
        AdminRows.PageAsync(db.MailQuarantine.AsNoTracking().OrderByDescending(m => m.Id),
            m => new QuarantinedMailDto(m.Id, m.MailAccountId, m.Reason, m.Sender, m.Subject, m.MessageId, m.ReceivedAt, m.Retries, m.RawMessage.Length),
            request.Paging, cancellationToken);

    public async Task<byte[]> Handle(DownloadQuarantinedMailQuery request, CancellationToken cancellationToken) =>
        await db.MailQuarantine.Where(m => m.Id == request.Id).Select(m => m.RawMessage).FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException($"Quarantined mail {request.Id} was not found.");

    /// <summary>
    /// Delivered again as if it came from its account. Placed: the quarantine row goes. Quarantined again: the new row
    /// is dropped in favour of the old one, which gets the new reason and one more retry.
    /// </summary>
    public async Task<DeliveryResult> Handle(RetryQuarantinedMailCommand request, CancellationToken cancellationToken)
    {
        var row = await db.MailQuarantine.AsNoTracking().FirstOrDefaultAsync(m => m.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException($"Quarantined mail {request.Id} was not found.");
        var account = row.MailAccountId is { } accountId
            ? await db.MailAccounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == accountId, cancellationToken)
            : null;
        var byRecipient = account is { QueueId: 0 };
        var result = await sender.Send(new DeliverMailCommand(row.RawMessage, null, null, byRecipient ? null : account?.QueueId,
            account?.Trusted == 1, byRecipient), cancellationToken);
        if (result.Outcome == DeliveryOutcome.Quarantined)
        {
            await db.MailQuarantine.Where(m => m.Id == result.QuarantineId).ExecuteDeleteAsync(cancellationToken);
            var reason = result.Reason ?? row.Reason;
            await db.MailQuarantine.Where(m => m.Id == row.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.Reason, reason).SetProperty(m => m.Retries, m => m.Retries + 1), cancellationToken);
            return result with { QuarantineId = row.Id };
        }
        await db.MailQuarantine.Where(m => m.Id == row.Id).ExecuteDeleteAsync(cancellationToken);
        return result;
    }

    public async Task<Unit> Handle(DeleteQuarantinedMailCommand request, CancellationToken cancellationToken) =>
        await db.MailQuarantine.Where(m => m.Id == request.Id).ExecuteDeleteAsync(cancellationToken) == 0
            ? throw new NotFoundException($"Quarantined mail {request.Id} was not found.")
            : Unit.Value;
}
