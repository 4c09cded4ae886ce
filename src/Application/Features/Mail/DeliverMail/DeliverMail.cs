using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Messaging;
using GoTrs.Application.Features.Mail.Common;
using GoTrs.Application.Features.Mail.Inbound;
using GoTrs.Application.Features.Mail.Outbound;
using GoTrs.Domain.Mail;
using GoTrs.Domain.Queues;
using GoTrs.Domain.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace GoTrs.Application.Features.Mail.DeliverMail;

/// <summary>
/// Runs one received message through the postmaster: filters, follow-up detection, follow-up rules of the queue, new
/// ticket or article, auto response. <paramref name="ServerId"/> (with the account) makes a repeated delivery of the
/// same mailbox message a no-op. A message that cannot be read or placed is quarantined, never dropped.
/// <paramref name="Parsed"/> is the message already parsed from <paramref name="Raw"/>, when the caller has it.
/// </summary>
public sealed record DeliverMailCommand(
    byte[] Raw, int? AccountId = null, string? ServerId = null, int? QueueId = null, bool Trusted = false,
    bool DispatchByRecipient = false, InboundMail? Parsed = null) : IRequest<DeliveryResult>;

public sealed record DeliveryResult(DeliveryOutcome Outcome, long? TicketId = null, long? ArticleId = null, long? QuarantineId = null, string? Reason = null);

public sealed class DeliverMailHandler(
    IAppDbContext db, IInboundMailParser parser, PostmasterFilterEngine filters, FollowUpFinder followUps,
    NewTicketFromMail newTickets, FollowUpFromMail followUpArticles, AutoResponder autoResponses, Quarantine quarantine,
    IEscalationService escalation, TimeProvider clock, ILogger<DeliverMailHandler> logger) : IRequestHandler<DeliverMailCommand, DeliveryResult>
{
    /// <summary>Placements tried when the ticket changes between reading and writing it (an agent, a parallel delivery).</summary>
    private const int MaxAttempts = 3;

    private QuarantinedMail? _quarantined;
    private bool _escalates = true;

    public async Task<DeliveryResult> Handle(DeliverMailCommand request, CancellationToken cancellationToken)
    {
        if (request.AccountId is { } account && request.ServerId is { } serverId
            && await db.FetchedMail.AnyAsync(f => f.MailAccountId == account && f.ServerId == serverId, cancellationToken))
            return new DeliveryResult(DeliveryOutcome.AlreadyImported);

        var mail = request.Parsed ?? parser.Parse(request.Raw);
        DeliveryResult result;
        try
        {
            result = await PlaceWithRetriesAsync(request, mail, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whatever went wrong with this message, it is kept; if even that fails (database gone) it stays on the server.
            logger.LogWarning(e, "Message {MessageId} could not be placed; quarantined", mail.MessageId);
            db.DiscardChanges();
            var row = quarantine.Add(request, mail, $"Could not be placed: {e.GetBaseException().Message}");
            Remember(request, mail, DeliveryOutcome.Quarantined);
            await db.SaveChangesAsync(cancellationToken);
            return new DeliveryResult(DeliveryOutcome.Quarantined, QuarantineId: row.Id, Reason: row.Reason);
        }

        if (result.TicketId is { } ticketId && result.Outcome != DeliveryOutcome.Quarantined && _escalates)
            await RecalculateEscalationAsync(ticketId, cancellationToken);
        return result;
    }

    private async Task<DeliveryResult> PlaceWithRetriesAsync(DeliverMailCommand request, InboundMail mail, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var result = await PlaceAsync(request, mail, ct);
                Remember(request, mail, result.Outcome);
                await db.SaveChangesAsync(ct);
                return _quarantined is null ? result : result with { QuarantineId = _quarantined.Id };
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
            {
                // The ticket changed after it was read: place the message again on the ticket as it is now.
                db.DiscardChanges();
                _quarantined = null;
                _escalates = true;
            }
        }
    }

    /// <summary>After the commit: a failure here must neither undo nor repeat the delivery, so it is only logged.</summary>
    private async Task RecalculateEscalationAsync(long ticketId, CancellationToken ct)
    {
        try
        {
            await escalation.RecalculateAsync([ticketId], ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Escalation times of ticket {TicketId} could not be recalculated after a mail", ticketId);
        }
    }

    private async Task<DeliveryResult> PlaceAsync(DeliverMailCommand request, InboundMail mail, CancellationToken ct)
    {
        if (mail.Unreadable is { } unreadable) return Quarantined(request, mail, unreadable);
        if (mail.FromAddress is null) return Quarantined(request, mail, "The message has no sender address (From).");

        var instructions = await filters.ApplyAsync(mail, request.Trusted, ct);
        if (instructions.Ignore)
            return Quarantined(request, mail, $"Ignored by postmaster filter {string.Join(", ", instructions.MatchedFilters)}".TrimEnd());

        var placement = new Placement(request.QueueId, request.DispatchByRecipient);
        var match = await followUps.FindAsync(mail, ct);
        if (match is null) return await NewTicketAsync(mail, request, instructions, placement, AutoResponseKind.Reply, ct);

        var target = await FollowUpTarget.LoadAsync(db, match.TicketId, ct);
        var ticket = await db.Tickets.FirstAsync(t => t.Id == match.TicketId, ct);
        var isBounce = match.Reason == FollowUpReason.Bounce;
        if (target.IsClosed && !isBounce && target.FollowUpPossible == FollowUpPossible.NewTicket)
            return await NewTicketAsync(mail, request, instructions, placement, AutoResponseKind.ReplyNewTicket, ct);
        if (target.IsClosed && !isBounce && target.FollowUpPossible == FollowUpPossible.Reject)
        {
            var history = new List<TicketHistory>();
            await autoResponses.QueueAsync(ticket, mail, AutoResponseKind.Reject, history, ct);
            db.TicketHistory.AddRange(history);
            var rejected = Quarantined(request, mail, $"Follow-up to closed ticket {ticket.TicketNumber} rejected by its queue.");
            return rejected with { TicketId = ticket.Id };
        }

        var (articleId, entries) = await followUpArticles.AddAsync(ticket, target, mail, request.Raw, instructions, isBounce, ct);
        if (!isBounce) await autoResponses.QueueAsync(ticket, mail, AutoResponseKind.FollowUp, entries, ct);
        db.TicketHistory.AddRange(entries);
        return new DeliveryResult(DeliveryOutcome.FollowUp, ticket.Id, articleId);
    }

    private async Task<DeliveryResult> NewTicketAsync(
        InboundMail mail, DeliverMailCommand request, MailInstructions instructions, Placement placement, int autoResponse, CancellationToken ct)
    {
        var (ticket, articleId, entries, escalates) = await newTickets.CreateAsync(mail, request.Raw, instructions, placement, ct);
        _escalates = escalates;
        await autoResponses.QueueAsync(ticket, mail, autoResponse, entries, ct);
        db.TicketHistory.AddRange(entries);
        return new DeliveryResult(DeliveryOutcome.NewTicket, ticket.Id, articleId);
    }

    private DeliveryResult Quarantined(DeliverMailCommand request, InboundMail mail, string reason)
    {
        _quarantined = quarantine.Add(request, mail, reason);
        return new DeliveryResult(DeliveryOutcome.Quarantined, Reason: _quarantined.Reason);
    }

    private void Remember(DeliverMailCommand request, InboundMail mail, DeliveryOutcome outcome)
    {
        if (request.AccountId is not { } account || request.ServerId is not { } serverId) return;
        db.FetchedMail.Add(new FetchedMail
        {
            MailAccountId = account, ServerId = serverId, MessageId = mail.MessageId, Outcome = outcome.ToString(), FetchedAt = clock.GetUtcNow(),
        });
    }
}
