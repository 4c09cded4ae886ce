using System.Globalization;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Domain.Notifications;
using GoTrs.Domain.Tickets;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Application.Features.Notifications.SendNotifications;

/// <summary>
/// The ticket a change is about, as the change's history row saw it (queue, owner, state and priority from its
/// snapshot, the rest as it is now), with the attributes notification filters and <c>&lt;OTRS_TICKET_…&gt;</c> tags
/// read under OTRS's TicketGet names, and the article the change added, if any.
/// </summary>
public sealed record NotifiedTicket(
    Ticket Ticket, int GroupId, int SystemAddressId, IReadOnlyDictionary<string, string?> Attributes, ArticleFacts? Article)
{
    public static async Task<NotifiedTicket?> LoadAsync(IAppDbContext db, NotificationTrigger change, CancellationToken ct)
    {
        var ticket = await db.Tickets.AsNoTracking().FirstOrDefaultAsync(t => t.Id == change.TicketId, ct);
        if (ticket is null) return null;
        ticket.QueueId = change.QueueId;
        ticket.OwnerId = change.OwnerId;
        ticket.StateId = change.StateId;
        ticket.PriorityId = change.PriorityId;
        var t = ticket;
        var names = await (
            from q in db.Queues
            where q.Id == t.QueueId
            select new
            {
                Queue = q.Name, q.GroupId, q.SystemAddressId,
                State = db.TicketStates.Where(s => s.Id == t.StateId).Select(s => s.Name).FirstOrDefault(),
                StateType = (from s in db.TicketStates join st in db.TicketStateTypes on s.TypeId equals st.Id
                             where s.Id == t.StateId select st.Name).FirstOrDefault(),
                Priority = db.TicketPriorities.Where(p => p.Id == t.PriorityId).Select(p => p.Name).FirstOrDefault(),
                Type = db.TicketTypes.Where(x => x.Id == t.TypeId).Select(x => x.Name).FirstOrDefault(),
                Service = db.Services.Where(s => s.Id == t.ServiceId).Select(s => s.Name).FirstOrDefault(),
                Sla = db.Slas.Where(s => s.Id == t.SlaId).Select(s => s.Name).FirstOrDefault(),
                Lock = db.TicketLockTypes.Where(l => l.Id == t.LockId).Select(l => l.Name).FirstOrDefault(),
                Owner = db.Agents.Where(a => a.Id == t.OwnerId).Select(a => a.Login).FirstOrDefault(),
                Responsible = db.Agents.Where(a => a.Id == t.ResponsibleId).Select(a => a.Login).FirstOrDefault(),
            }).AsNoTracking().FirstOrDefaultAsync(ct);
        if (names is null) return null;

        var attributes = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["TicketID"] = Text(t.Id), ["TicketNumber"] = t.TicketNumber, ["Title"] = t.Title,
            ["QueueID"] = Text(t.QueueId), ["Queue"] = names.Queue, ["StateID"] = Text(t.StateId), ["State"] = names.State,
            ["StateType"] = names.StateType, ["PriorityID"] = Text(t.PriorityId), ["Priority"] = names.Priority,
            ["TypeID"] = Text(t.TypeId), ["Type"] = names.Type, ["ServiceID"] = Text(t.ServiceId), ["Service"] = names.Service,
            ["SLAID"] = Text(t.SlaId), ["SLA"] = names.Sla, ["LockID"] = Text(t.LockId), ["Lock"] = names.Lock,
            ["OwnerID"] = Text(t.OwnerId), ["Owner"] = names.Owner, ["ResponsibleID"] = Text(t.ResponsibleId),
            ["Responsible"] = names.Responsible, ["CustomerID"] = t.CustomerId, ["CustomerUserID"] = t.CustomerUserId,
            ["ArchiveFlag"] = t.ArchiveFlag == 1 ? "y" : "n",
        };
        var article = change.ArticleId is { } articleId ? await ArticleAsync(db, articleId, ct) : null;
        return new NotifiedTicket(t, names.GroupId, names.SystemAddressId, attributes, article);
    }

    private static Task<ArticleFacts?> ArticleAsync(IAppDbContext db, long articleId, CancellationToken ct) => (
        from a in db.Articles
        join m in db.ArticleDataMime on a.Id equals m.ArticleId into mime
        from m in mime.DefaultIfEmpty()
        where a.Id == articleId
        select new ArticleFacts(a.Id, a.SenderTypeId, a.IsVisibleForCustomer == 1, a.CommunicationChannelId,
            m == null ? null : m.From, m == null ? null : m.To, m == null ? null : m.Cc,
            m == null ? null : m.Subject, m == null ? null : m.Body)).AsNoTracking().FirstOrDefaultAsync(ct);

    private static string? Text(long? value) => value?.ToString(CultureInfo.InvariantCulture);
}
