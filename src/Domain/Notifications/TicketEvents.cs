using GoTrs.Domain.Tickets;

namespace GoTrs.Domain.Notifications;

/// <summary>
/// The OTRS event names notifications listen to (their "Events" items), and which of them a ticket_history row
/// stands for: the generic Ticket*/ArticleCreate events plus OTRS's Notification* events, raised as OTRS raises them.
/// </summary>
public static class TicketEvents
{
    public const string NotificationNewTicket = "NotificationNewTicket";
    public const string NotificationFollowUp = "NotificationFollowUp";
    public const string NotificationAddNote = "NotificationAddNote";
    public const string NotificationOwnerUpdate = "NotificationOwnerUpdate";
    public const string NotificationResponsibleUpdate = "NotificationResponsibleUpdate";
    public const string NotificationMove = "NotificationMove";
    public const string NotificationServiceUpdate = "NotificationServiceUpdate";
    public const string NotificationPendingReminder = "NotificationPendingReminder";
    public const string NotificationEscalation = "NotificationEscalation";
    public const string NotificationEscalationNotifyBefore = "NotificationEscalationNotifyBefore";
    public const string ArticleCreate = "ArticleCreate";
    public const string PendingReminderMarker = "PendingReminderReached";

    /// <summary>History types of new articles (OTRS writes one per article).</summary>
    public static readonly IReadOnlySet<string> ArticleHistoryTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        HistoryTypes.EmailAgent, HistoryTypes.EmailCustomer, HistoryTypes.PhoneCallAgent, HistoryTypes.PhoneCallCustomer,
        HistoryTypes.WebRequestCustomer, "SystemRequest", HistoryTypes.AddNote, HistoryTypes.FollowUp, "SendAnswer", "Forward", "Bounce",
    };

    // The first article of these kinds makes a ticket "new" for NotificationNewTicket, as in OTRS's ArticleCreate.
    private static readonly HashSet<string> NewTicketArticles = new(StringComparer.Ordinal)
    {
        HistoryTypes.EmailAgent, HistoryTypes.EmailCustomer, HistoryTypes.PhoneCallCustomer, HistoryTypes.WebRequestCustomer, "SystemRequest",
    };

    private static readonly Dictionary<string, string[]> Changes = new(StringComparer.Ordinal)
    {
        [HistoryTypes.NewTicket] = ["TicketCreate"],
        [HistoryTypes.OwnerUpdate] = ["TicketOwnerUpdate", NotificationOwnerUpdate],
        [HistoryTypes.ResponsibleUpdate] = ["TicketResponsibleUpdate", NotificationResponsibleUpdate],
        [HistoryTypes.Move] = ["TicketQueueUpdate", NotificationMove],
        [HistoryTypes.ServiceUpdate] = ["TicketServiceUpdate", NotificationServiceUpdate],
        [HistoryTypes.StateUpdate] = ["TicketStateUpdate"],
        [HistoryTypes.PriorityUpdate] = ["TicketPriorityUpdate"],
        [HistoryTypes.TypeUpdate] = ["TicketTypeUpdate"],
        [HistoryTypes.SlaUpdate] = ["TicketSLAUpdate"],
        [HistoryTypes.TitleUpdate] = ["TicketTitleUpdate"],
        [HistoryTypes.CustomerUpdate] = ["TicketCustomerUpdate"],
        [HistoryTypes.Lock] = ["TicketLockUpdate"],
        [HistoryTypes.Unlock] = ["TicketLockUpdate"],
        [HistoryTypes.SetPendingTime] = ["TicketPendingTimeUpdate"],
        [HistoryTypes.Merged] = ["TicketMerge"],
        [HistoryTypes.Subscribe] = ["TicketSubscribe"],
        [HistoryTypes.Unsubscribe] = ["TicketUnsubscribe"],
        ["EscalationResponseTimeStart"] = ["EscalationResponseTimeStart", NotificationEscalation],
        ["EscalationUpdateTimeStart"] = ["EscalationUpdateTimeStart", NotificationEscalation],
        ["EscalationSolutionTimeStart"] = ["EscalationSolutionTimeStart", NotificationEscalation],
        ["EscalationResponseTimeNotifyBefore"] = ["EscalationResponseTimeNotifyBefore", NotificationEscalationNotifyBefore],
        ["EscalationUpdateTimeNotifyBefore"] = ["EscalationUpdateTimeNotifyBefore", NotificationEscalationNotifyBefore],
        ["EscalationSolutionTimeNotifyBefore"] = ["EscalationSolutionTimeNotifyBefore", NotificationEscalationNotifyBefore],
    };

    /// <summary>Every history type that can raise an event (the database trigger copies exactly these, and Misc reminders).</summary>
    public static IEnumerable<string> RaisingHistoryTypes => Changes.Keys.Concat(ArticleHistoryTypes);

    /// <summary>The events one history row raises; <paramref name="firstArticle"/> says whether its article opened the ticket.</summary>
    public static IReadOnlyList<string> Of(string historyType, string historyName, bool firstArticle)
    {
        if (Changes.TryGetValue(historyType, out var events)) return events;
        if (historyType == HistoryTypes.Misc)
            return historyName.Contains(PendingReminderMarker, StringComparison.Ordinal) ? [NotificationPendingReminder] : [];
        if (!ArticleHistoryTypes.Contains(historyType)) return [];
        // OTRS checks these in this order, so a first article that is a note raises NotificationAddNote.
        if (firstArticle && NewTicketArticles.Contains(historyType)) return [ArticleCreate, NotificationNewTicket];
        if (historyType == HistoryTypes.AddNote) return [ArticleCreate, NotificationAddNote];
        if (historyType == HistoryTypes.FollowUp) return [ArticleCreate, NotificationFollowUp];
        return [ArticleCreate];
    }

    /// <summary>Whether the answer depends on the article being the ticket's first (so the caller must look it up).</summary>
    public static bool DependsOnFirstArticle(string historyType) => NewTicketArticles.Contains(historyType);
}
