using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Features.Mail.Common;
using GoTrs.Application.Features.Mail.Outbound;
using GoTrs.Application.Features.Tickets.Common;
using GoTrs.Domain.Common;
using GoTrs.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace GoTrs.Application.Features.Notifications.SendNotifications;

/// <summary>
/// Turns one ticket change into notification mails (ADR 0050): the events its history row raises, the valid
/// notifications listening to them whose filters match the ticket and article, their recipients, one text each.
/// Writes mails, articles and history into the caller's unit of work; the caller saves and commits.
/// </summary>
public sealed class TicketNotifier(
    IAppDbContext db, INotifiedTicketReader tickets, NotificationRecipients agents, CustomerRecipients customers, NotificationText texts, NotificationMail mail,
    HistoryTypeCache history, TimeProvider clock, ILogger<TicketNotifier> logger)
{
    // One instance serves one run of the job: the rules are read once per set of events, and a change to them counts
    // from the next run on.
    private readonly Dictionary<string, List<(NotificationRule Rule, IReadOnlyList<NotificationMessage> Messages)>> _listening = new(StringComparer.Ordinal);

    /// <summary>Queues the notifications of <paramref name="change"/>; returns how many mails.</summary>
    public async Task<int> NotifyAsync(NotificationTrigger change, CancellationToken ct)
    {
        // The ticket is read first, in one statement with whether the change's article opened it: nearly every
        // recorded change raises events that notifications listen to.
        var notified = await NotifiedTicket.LoadAsync(tickets, change, ct);
        if (notified is null) return 0;
        var opened = change.ArticleId is not null && TicketEvents.DependsOnFirstArticle(change.HistoryType) && notified.ArticleOpenedTicket;
        var events = TicketEvents.Of(change.HistoryType, change.HistoryName, opened);
        if (events.Count == 0) return 0;
        var key = string.Join('|', events);
        if (!_listening.TryGetValue(key, out var notifications)) _listening[key] = notifications = await ListeningAsync(events, ct);
        if (notifications.Count == 0) return 0;

        var sent = 0;
        OtrsTags? tags = null;
        Contact? sender = null;
        foreach (var (rule, messages) in notifications)
        {
            if (!rule.SendsEmail || !rule.MatchesTicket(notified.Attributes) || !rule.MatchesArticle(notified.Article)) continue;
            var recipients = (await agents.AgentsAsync(rule, notified, change, ct)).ToList();
            if (rule.NotifiesCustomer && await customers.ForAsync(notified, ct) is { } customer
                && recipients.TrueForAll(r => !r.Email.Equals(customer.Email, StringComparison.OrdinalIgnoreCase)))
                recipients.Add(customer);
            if (rule.OncePerDay) recipients = await NotYetTodayAsync(rule, notified.Ticket.Id, recipients, ct);
            if (recipients.Count == 0) continue;

            tags ??= await texts.TagsAsync(notified, change, ct);
            sender ??= await SenderAsync(notified.SystemAddressId, ct);
            foreach (var recipient in recipients)
            {
                var text = texts.Render(tags, notified, messages, recipient);
                if (recipient.IsAgent) await mail.ToAgentAsync(notified.Ticket, sender, recipient, text, rule.Name, change.UserId, ct);
                else await mail.ToCustomerAsync(notified.Ticket, sender, recipient, text, rule.ArticleVisibleForCustomer, change.UserId, ct);
            }
            sent += recipients.Count;
            logger.LogInformation("Notification {Notification} of ticket {TicketNumber} queued for {Count} recipient(s)",
                rule.Name, notified.Ticket.TicketNumber, recipients.Count);
        }
        return sent;
    }

    private async Task<List<(NotificationRule Rule, IReadOnlyList<NotificationMessage> Messages)>> ListeningAsync(
        IReadOnlyList<string> events, CancellationToken ct)
    {
        var listening = db.NotificationItems.Where(i => i.Key == "Events" && events.Contains(i.Value)).Select(i => i.NotificationId);
        var heads = await db.Notifications.AsNoTracking()
            .Where(n => n.ValidId == Validity.Valid && listening.Contains(n.Id))
            .OrderBy(n => n.Id).Select(n => new { n.Id, n.Name }).ToListAsync(ct);
        if (heads.Count == 0) return [];
        var ids = heads.Select(h => h.Id).ToList();
        var items = await db.NotificationItems.AsNoTracking().Where(i => ids.Contains(i.NotificationId)).ToListAsync(ct);
        var messages = (await db.NotificationMessages.AsNoTracking().Where(m => ids.Contains(m.NotificationId)).ToListAsync(ct))
            .ToLookup(m => m.NotificationId);
        return heads.Select(h => (new NotificationRule(h.Id, h.Name, items), (IReadOnlyList<NotificationMessage>)messages[h.Id].ToList())).ToList();
    }

    // OTRS's OncePerDay: nobody gets the same notification of the same ticket twice on one (UTC) day.
    private async Task<List<Recipient>> NotYetTodayAsync(NotificationRule rule, long ticketId, List<Recipient> recipients, CancellationToken ct)
    {
        var types = new[] { await history.IdAsync(NotificationMail.AgentHistoryType, ct), await history.IdAsync(NotificationMail.CustomerHistoryType, ct) };
        var today = clock.GetUtcNow().UtcDateTime.Date;
        var sent = (await db.TicketHistory.AsNoTracking()
                .Where(h => h.TicketId == ticketId && types.Contains(h.HistoryTypeId) && h.CreateTime >= today)
                .Select(h => h.Name).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        // Changes notified in the same transaction have their history rows still unsaved.
        sent.UnionWith(db.TicketHistory.Local.Where(h => h.TicketId == ticketId && types.Contains(h.HistoryTypeId)).Select(h => h.Name));
        return recipients.Where(r => !sent.Contains(NotificationMail.HistoryOf(rule.Name, r).Name)).ToList();
    }

    private async Task<Contact> SenderAsync(int systemAddressId, CancellationToken ct)
    {
        var address = await db.SystemAddresses.AsNoTracking().FirstAsync(s => s.Id == systemAddressId, ct);
        return new Contact(address.DisplayName, address.Address);
    }
}
