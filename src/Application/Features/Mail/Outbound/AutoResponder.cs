using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Features.Mail.Common;
using GoTrs.Application.Features.Tickets.Common;
using GoTrs.Domain.Articles;
using GoTrs.Domain.Common;
using GoTrs.Domain.Mail;
using GoTrs.Domain.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GoTrs.Application.Features.Mail.Outbound;

/// <summary>
/// Queues the queue's auto response of a given type (auto reply, auto follow up, auto reject, reply/new ticket) to
/// the sender of a received message — never to auto-submitted, bulk, list or junk mail, bounces, mailer daemons or
/// our own addresses, and at most <see cref="MailOptions.MaxAutoResponsesPerDay"/> times per address and day
/// (<c>ticket_loop_protection</c>).
/// </summary>
public sealed class AutoResponder(
    IAppDbContext db, MailOutbox outbox, TagValues tags, IIdAllocator ids, HistoryTypeCache history, TimeProvider clock, IOptions<MailOptions> options)
{
    private static readonly string[] BulkPrecedence = ["bulk", "list", "junk"];
    private static readonly string[] DaemonNames = ["mailer-daemon", "postmaster", "mail-daemon", "mailerdaemon", "noreply", "no-reply", "do-not-reply", "donotreply"];

    public async Task QueueAsync(Ticket ticket, InboundMail mail, int typeId, List<TicketHistory> entries, CancellationToken ct)
    {
        var response = await (
            from qa in db.QueueAutoResponses
            join r in db.AutoResponses on qa.AutoResponseId equals r.Id
            where qa.QueueId == ticket.QueueId && r.TypeId == typeId && r.ValidId == Validity.Valid
            select r).AsNoTracking().FirstOrDefaultAsync(ct);
        if (response is null || await SuppressedAsync(mail, ct)) return;

        var to = mail.FromAddress!.ToLowerInvariant();
        var today = clock.GetUtcNow().ToString("yyyy-M-d", System.Globalization.CultureInfo.InvariantCulture);
        var sentToday = await db.TicketLoopProtection.CountAsync(l => l.SentTo == to && l.SentDate == today, ct);
        if (sentToday >= options.Value.MaxAutoResponsesPerDay)
        {
            entries.Add(await history.EntryAsync(ticket, MailHistoryTypes.LoopProtection, $"%%{to}", null, ct));
            return;
        }

        var text = await tags.ForAsync(ticket, null, ct);
        var articleId = (await ids.NextIdsAsync(["article"], ct))[0];
        await outbox.QueueAsync(new OutboundArticle(ticket, articleId, ArticleSenderType.System, text.Apply(response.Subject),
            text.Apply(response.Response), ArticleContent.IsHtml(response.ContentType), [mail.ReplyTo ?? mail.From ?? to], [], [], [],
            [new("Auto-Submitted", "auto-replied"), new("X-Loop", "yes"), new("Precedence", "bulk")],
            SystemAddressId: response.SystemAddressId), ct);
        db.TicketLoopProtection.Add(new TicketLoopProtection { SentTo = to, SentDate = today });
        entries.Add(await history.EntryAsync(ticket, HistoryTypeOf(typeId), $"%%{to}", articleId, ct));
    }

    private async Task<bool> SuppressedAsync(InboundMail mail, CancellationToken ct)
    {
        if (mail.FromAddress is null || mail.IsBounce) return true;
        if (mail.AutoSubmitted is { } auto && !auto.Equals("no", StringComparison.OrdinalIgnoreCase)) return true;
        if (mail.Precedence is { } precedence && BulkPrecedence.Contains(precedence.Trim().ToLowerInvariant())) return true;
        if (mail.Header("X-Loop") is not null || mail.Header("X-OTRS-Loop") is not null || mail.Header("List-Id") is not null) return true;
        var local = mail.FromAddress.Split('@')[0].ToLowerInvariant();
        if (DaemonNames.Contains(local)) return true;
        var from = mail.FromAddress.ToLowerInvariant();
        return await db.SystemAddresses.AnyAsync(s => s.Address.ToLower() == from, ct);
    }

    private static string HistoryTypeOf(int typeId) => typeId switch
    {
        AutoResponseKind.FollowUp => MailHistoryTypes.SendAutoFollowUp,
        AutoResponseKind.Reject => MailHistoryTypes.SendAutoReject,
        _ => MailHistoryTypes.SendAutoReply,
    };
}
