using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Messaging;
using GoTrs.Application.Common.Models;
using GoTrs.Application.Common.Security;
using GoTrs.Application.Features.Mail.Outbound;
using GoTrs.Application.Features.Tickets.Common;
using GoTrs.Application.Features.Tickets.UpdateTicket;
using GoTrs.Domain.Articles;
using GoTrs.Domain.Tickets;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Application.Features.Tickets.AddArticle;

/// <summary>
/// Adds a note (internal or visible to the customer), a phone note or — for customers — a follow-up, optionally
/// with attachments, time units and the ticket's next state.
/// </summary>
public sealed record AddArticleCommand(string IdOrNumber, ArticleInput? Article, int? NextStateId = null, DateTimeOffset? PendingUntil = null)
    : IRequest<CreatedArticle>;

public sealed record CreatedArticle(long Id, long TicketId);

public sealed class AddArticleHandler(
    IAppDbContext db, ICurrentUser caller, IPermissionService permissions, IIdAllocator ids, ArticleFactory articles,
    HistoryTypeCache history, TicketUpdater updater, IEscalationService escalation, AgentReply replies)
    : IRequestHandler<AddArticleCommand, CreatedArticle>
{
    public async Task<CreatedArticle> Handle(AddArticleCommand request, CancellationToken cancellationToken)
    {
        var loaded = await LoadedTicket.LoadAsync(db, permissions, caller, TicketLocator.Parse(request.IdOrNumber), cancellationToken);
        var (ticket, rights) = (loaded.Ticket, loaded.Rights);
        var input = request.Article!;
        var channel = rights.IsCustomer ? Channels.Internal : input.ChannelId;
        if (!rights.IsCustomer)
            rights.Require(channel == Channels.Email ? rights.Rw : rights.Note || rights.Rw,
                channel == Channels.Email ? "send e-mail" : "add notes");

        var entries = request.NextStateId is null
            ? []
            : await updater.ApplyAsync(loaded, new TicketChanges
            {
                StateId = Optional<int>.Of(request.NextStateId.Value),
                PendingUntil = request.PendingUntil is null ? default : Optional<DateTimeOffset?>.Of(request.PendingUntil),
            }, cancellationToken);

        var articleId = (await ids.NextIdsAsync(["article"], cancellationToken))[0];
        var senderTypeId = input.SenderTypeId(rights.IsCustomer);
        var sendsMail = channel == Channels.Email && !rights.IsCustomer;
        var rows = sendsMail
            ? await replies.QueueAsync(ticket, articleId, input, cancellationToken)
            : articles.Build(new ArticleDraft(ticket.Id, articleId, senderTypeId, channel,
                rights.IsCustomer || (input.IsVisibleForCustomer ?? channel != Channels.Internal), input.Subject!, input.Body!, input.ContentType,
                input.From ?? await SenderNameAsync(cancellationToken), input.To, input.Cc, null, input.Attachments ?? [], input.TimeUnits));
        if (!sendsMail) rows.AddTo(db);

        var historyType = rights.IsCustomer ? HistoryTypes.FollowUp
            : sendsMail ? Domain.Mail.MailHistoryTypes.SendAnswer : ArticleHistory.TypeFor(channel, senderTypeId, false);
        entries.Insert(0, await history.EntryAsync(ticket, historyType, $"%%{input.Subject}", articleId, cancellationToken));
        if (rows.Time is not null)
            entries.Add(await history.EntryAsync(ticket, HistoryTypes.TimeAccounting, $"%%{rows.Time.TimeUnit}", articleId, cancellationToken));
        db.Entry(ticket).Property(t => t.ChangeTime).IsModified = true;
        await UpdateTicketHandler.SaveAsync(db, entries, cancellationToken);
        await escalation.RecalculateAsync([ticket.Id], cancellationToken);
        return new CreatedArticle(articleId, ticket.Id);
    }

    private async Task<string?> SenderNameAsync(CancellationToken ct)
    {
        if (caller.Kind == PrincipalKind.Customer)
            return await db.CustomerUsers.Where(c => c.Login == caller.Login)
                .Select(c => "\"" + c.FirstName + " " + c.LastName + "\" <" + c.Email + ">").FirstOrDefaultAsync(ct);
        return await db.Agents.Where(a => a.Id == caller.AgentId).Select(a => a.FirstName + " " + a.LastName).FirstOrDefaultAsync(ct);
    }
}
