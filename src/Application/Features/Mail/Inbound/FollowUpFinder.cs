using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Features.Mail.Common;
using GoTrs.Domain.Tickets;
using GoTrs.Domain.Tickets.Numbers;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Application.Features.Mail.Inbound;

public enum FollowUpReason
{
    Bounce,
    Subject,
    References,
}

public sealed record FollowUpMatch(long TicketId, FollowUpReason Reason);

/// <summary>
/// Finds the ticket a message belongs to, in OTRS's order: a bounce by the Message-ID of the mail that bounced, the
/// ticket hook in the subject (<c>[Ticket#…]</c> as configured), then In-Reply-To and References against the
/// Message-IDs of our articles.
/// </summary>
public sealed class FollowUpFinder(IAppDbContext db, TicketNumberParser parser)
{
    public async Task<FollowUpMatch?> FindAsync(InboundMail mail, CancellationToken ct)
    {
        if (mail.IsBounce)
        {
            if (mail.BouncedMessageId is { } bounced && await ByMessageIdsAsync([bounced], ct) is { } byId)
                return new FollowUpMatch(byId, FollowUpReason.Bounce);
            if (await ByNumberAsync(parser.Find(mail.BouncedSubject), ct) is { } byHook)
                return new FollowUpMatch(byHook, FollowUpReason.Bounce);
        }

        if (await ByNumberAsync(parser.Find(mail.Subject), ct) is { } bySubject)
            return new FollowUpMatch(bySubject, FollowUpReason.Subject);

        var ids = new List<string>();
        if (mail.InReplyTo is not null) ids.Add(mail.InReplyTo);
        ids.AddRange(mail.References.Reverse());
        return await ByMessageIdsAsync(ids, ct) is { } byReference ? new FollowUpMatch(byReference, FollowUpReason.References) : null;
    }

    private async Task<long?> ByNumberAsync(string? number, CancellationToken ct)
    {
        var id = number is null ? null : await db.Tickets.Where(t => t.TicketNumber == number).Select(t => (long?)t.Id).FirstOrDefaultAsync(ct);
        return id is null ? null : await SurvivorAsync(id.Value, ct);
    }

    /// <summary>A merged ticket's mail goes to the ticket it was merged into (OTRS TicketCheckNumber), through chains of merges.</summary>
    private async Task<long> SurvivorAsync(long ticketId, CancellationToken ct)
    {
        for (var hop = 0; hop < 10; hop++)
        {
            var merged = await (
                from t in db.Tickets
                join s in db.TicketStates on t.StateId equals s.Id
                join st in db.TicketStateTypes on s.TypeId equals st.Id
                where t.Id == ticketId
                select st.Name == TicketStateType.Merged).FirstOrDefaultAsync(ct);
            if (!merged) return ticketId;
            // History name of a merge: %%MergedTicketNumber%%MergedTicketID%%MainTicketNumber%%MainTicketID.
            var names = await (
                from h in db.TicketHistory
                join ht in db.TicketHistoryTypes on h.HistoryTypeId equals ht.Id
                where h.TicketId == ticketId && ht.Name == HistoryTypes.Merged
                orderby h.Id descending
                select h.Name).ToListAsync(ct);
            var main = names.Select(n => n.Split("%%", StringSplitOptions.RemoveEmptyEntries))
                .Where(p => p.Length == 4 && p[1] == ticketId.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Select(p => long.TryParse(p[3], out var id) ? id : (long?)null).FirstOrDefault(id => id is not null);
            if (main is null) return ticketId;
            ticketId = main.Value;
        }
        return ticketId;
    }

    /// <summary>The ticket of the newest article carrying one of the ids, preferring earlier ids in the list.</summary>
    private async Task<long?> ByMessageIdsAsync(IReadOnlyList<string> messageIds, CancellationToken ct)
    {
        if (messageIds.Count == 0) return null;
        var hashes = messageIds.Take(50).Select(MessageIdHash.Of).ToList();
        var found = await (
            from m in db.ArticleDataMime
            join a in db.Articles on m.ArticleId equals a.Id
            where m.MessageIdMd5 != null && hashes.Contains(m.MessageIdMd5)
            select new { m.MessageIdMd5, a.TicketId, a.Id }).ToListAsync(ct);
        return hashes
            .Select(h => found.Where(f => f.MessageIdMd5 == h).OrderByDescending(f => f.Id).Select(f => (long?)f.TicketId).FirstOrDefault())
            .FirstOrDefault(t => t is not null);
    }
}
