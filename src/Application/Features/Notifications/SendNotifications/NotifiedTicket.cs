using System.Globalization;
using GoTrs.Domain.Notifications;
using GoTrs.Domain.Tickets;

namespace GoTrs.Application.Features.Notifications.SendNotifications;

/// <summary>
/// The ticket a change is about, as the change's history row saw it (queue, owner, state and priority from its
/// snapshot, the rest as it is now), with the attributes notification filters and <c>&lt;OTRS_TICKET_…&gt;</c> tags
/// read under OTRS's TicketGet names, and the article the change added, if any.
/// </summary>
/// <param name="ArticleOpenedTicket">The change's article is the ticket's first.</param>
public sealed record NotifiedTicket(
    Ticket Ticket, int GroupId, int SystemAddressId, IReadOnlyDictionary<string, string?> Attributes, ArticleFacts? Article,
    bool ArticleOpenedTicket = false)
{
    /// <summary>The notified ticket of a change, or null when the ticket or the queue of its history row is gone.</summary>
    public static async Task<NotifiedTicket?> LoadAsync(INotifiedTicketReader reader, NotificationTrigger change, CancellationToken ct)
    {
        if (await reader.LoadAsync(change, ct) is not { } row) return null;
        var (t, names) = (row.Ticket, row.Names);
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
        return new NotifiedTicket(t, names.GroupId, names.SystemAddressId, attributes, row.Article, row.ArticleOpenedTicket);
    }

    private static string? Text(long? value) => value?.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The names of what a notified ticket refers to (queue, owner, state and priority as its change saw them).</summary>
public sealed record NotifiedTicketNames(
    string Queue, int GroupId, int SystemAddressId, string? State, string? StateType, string? Priority, string? Type,
    string? Service, string? Sla, string? Lock, string? Owner, string? Responsible);

/// <summary>
/// A notified ticket as read: the ticket with the change's snapshot applied, its names, the change's article and
/// whether that article is the ticket's first.
/// </summary>
public sealed record NotifiedTicketRow(Ticket Ticket, NotifiedTicketNames Names, ArticleFacts? Article, bool ArticleOpenedTicket);

/// <summary>Reads the ticket of a change for the notification job in one statement (Infrastructure, hand-written SQL).</summary>
public interface INotifiedTicketReader
{
    Task<NotifiedTicketRow?> LoadAsync(NotificationTrigger change, CancellationToken cancellationToken);
}
