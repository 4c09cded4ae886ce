using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Features.Mail.Common;
using GoTrs.Application.Features.Tickets.Common;
using GoTrs.Domain.Articles;
using GoTrs.Domain.Common;
using GoTrs.Domain.Tickets;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Application.Features.Mail.Inbound;

/// <summary>
/// Adds a received message to its ticket as OTRS's follow-up does: a ticket that is not "new" goes to "open" (or the
/// state a filter names in FollowUp-State), a closed ticket of a queue with follow-up lock is locked again. A bounce is
/// kept as an internal system article and changes nothing.
/// </summary>
public sealed class FollowUpFromMail(IAppDbContext db, IIdAllocator ids, InboundArticle articles, HistoryTypeCache history)
{
    public async Task<(long ArticleId, List<TicketHistory> History)> AddAsync(
        Ticket ticket, FollowUpTarget target, InboundMail mail, byte[] raw, MailInstructions instructions, bool isBounce, CancellationToken ct)
    {
        var entries = new List<TicketHistory>();
        if (!isBounce)
        {
            var stateName = instructions["FollowUp-State"] ?? (target.StateType == TicketStateType.New ? null : "open");
            var state = stateName is null || stateName == target.StateName
                ? null
                : await db.TicketStates.AsNoTracking().FirstOrDefaultAsync(s => s.Name == stateName && s.ValidId == Validity.Valid, ct);
            if (state is not null)
            {
                ticket.StateId = state.Id;
                ticket.UntilTimeEpoch = 0;
                entries.Add(await history.EntryAsync(ticket, HistoryTypes.StateUpdate, $"%%{target.StateName}%%{state.Name}%%", null, ct));
            }
            if (target.IsClosed && target.FollowUpLock && ticket.LockId != TicketLockType.Lock)
            {
                ticket.LockId = TicketLockType.Lock;
                entries.Add(await history.EntryAsync(ticket, HistoryTypes.Lock, "%%lock", null, ct));
            }
        }

        var articleId = (await ids.NextIdsAsync(["article"], ct))[0];
        articles.Add(db, mail, raw, ticket.Id, articleId, isBounce ? ArticleSenderType.System : ArticleSenderType.Customer, visible: !isBounce);
        entries.Insert(0, await history.EntryAsync(ticket, HistoryTypes.FollowUp, $"%%{ticket.TicketNumber}", articleId, ct));
        db.Entry(ticket).Property(t => t.ChangeTime).IsModified = true;
        return (articleId, entries);
    }
}

/// <summary>The ticket a follow-up goes to, with what decides its handling.</summary>
public sealed record FollowUpTarget(long TicketId, string StateName, string StateType, int FollowUpPossible, bool FollowUpLock)
{
    public bool IsClosed => StateType is TicketStateType.Closed or TicketStateType.Removed or TicketStateType.Merged;

    public static Task<FollowUpTarget> LoadAsync(IAppDbContext db, long ticketId, CancellationToken ct) => (
        from t in db.Tickets
        join s in db.TicketStates on t.StateId equals s.Id
        join st in db.TicketStateTypes on s.TypeId equals st.Id
        join q in db.Queues on t.QueueId equals q.Id
        where t.Id == ticketId
        select new FollowUpTarget(t.Id, s.Name, st.Name, q.FollowUpId, q.FollowUpLock == 1)).FirstAsync(ct);
}
