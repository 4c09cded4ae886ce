using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Features.Mail.Common;
using GoTrs.Application.Features.Mail.Outbound;
using GoTrs.Application.Features.Tickets.Common;
using GoTrs.Domain.Articles;
using GoTrs.Domain.Mail;
using GoTrs.Domain.Tickets;
using GoTrs.Domain.Tickets.Numbers;
using Microsoft.Extensions.Options;

namespace GoTrs.Application.Features.Notifications.SendNotifications;

/// <summary>
/// Queues a notification in <c>mail_queue</c> as OTRS sends it: to an agent as a plain mail (no article), to a
/// customer as a system e-mail article of the ticket; both marked as automatic mail, both recorded in the ticket's
/// history (SendAgentNotification "%%name%%login%%Email", SendCustomerNotification "%%address") under the agent
/// who made the change.
/// </summary>
public sealed class NotificationMail(
    IAppDbContext db, IMailComposer composer, MailOutbox outbox, IIdAllocator ids, HistoryTypeCache history, TimeProvider clock,
    IOptions<TicketNumberOptions> numbers)
{
    public const string AgentHistoryType = "SendAgentNotification";
    public const string CustomerHistoryType = "SendCustomerNotification";

    private static readonly IReadOnlyList<KeyValuePair<string, string>> AutomaticMail =
        [new("Auto-Submitted", "auto-generated"), new("X-Loop", "yes"), new("Precedence", "bulk")];

    /// <summary>The history row a notification to this recipient writes (OncePerDay looks for it).</summary>
    public static (string Type, string Name) HistoryOf(string notificationName, Recipient recipient) => recipient.IsAgent
        ? (AgentHistoryType, $"%%{notificationName}%%{recipient.Login}%%{Domain.Notifications.NotificationRule.EmailTransport}")
        : (CustomerHistoryType, $"%%{recipient.Email}");

    public async Task ToAgentAsync(
        Ticket ticket, Contact sender, Recipient recipient, RenderedNotification text, string notificationName, int changedBy, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var subject = new TicketSubject(numbers.Value).Build(ticket.TicketNumber, text.Subject);
        var to = new Contact($"{recipient.FirstName} {recipient.LastName}".Trim(), recipient.Email).ToString();
        var raw = composer.Compose(new OutgoingMail(sender.ToString(), [to], [], subject, MailOutbox.NewMessageId(now, sender.Address), null, [],
            text.Body, text.IsHtml, now, [], AutomaticMail));
        var due = MailOutbox.WholeSeconds(now);
        db.MailQueue.Add(new MailQueueItem
        {
            Sender = sender.Address, Recipient = recipient.Email, RawMessage = raw, Attempts = 0, DueTime = due, CreateTime = due,
        });
        await AddHistoryAsync(ticket, HistoryOf(notificationName, recipient), null, changedBy, ct);
    }

    public async Task ToCustomerAsync(
        Ticket ticket, Contact sender, Recipient recipient, RenderedNotification text, bool visibleForCustomer, int changedBy,
        CancellationToken ct)
    {
        var articleId = (await ids.NextIdsAsync(["article"], ct))[0];
        var to = new Contact($"{recipient.FirstName} {recipient.LastName}".Trim(), recipient.Email).ToString();
        var rows = await outbox.QueueAsync(new OutboundArticle(ticket, articleId, ArticleSenderType.System, text.Subject, text.Body,
            text.IsHtml, [to], [], [], [], AutomaticMail, Sender: sender), ct);
        rows.Article.IsVisibleForCustomer = visibleForCustomer ? 1 : 0;
        await AddHistoryAsync(ticket, HistoryOf("", recipient), articleId, changedBy, ct);
    }

    private async Task AddHistoryAsync(Ticket ticket, (string Type, string Name) entry, long? articleId, int changedBy, CancellationToken ct)
    {
        var row = await history.EntryAsync(ticket, entry.Type, entry.Name, articleId, ct);
        row.CreateBy = row.ChangeBy = changedBy;
        db.TicketHistory.Add(row);
    }
}
