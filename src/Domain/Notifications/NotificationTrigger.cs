namespace GoTrs.Domain.Notifications;

/// <summary>
/// A ticket_history row that may set off notifications, copied by a database trigger in the writer's transaction
/// (GoTrs table <c>gotrs_notification_event</c>). Queue, owner, state, priority and type are the history row's
/// snapshot of the ticket; <see cref="UserId"/> is whoever made the change.
/// </summary>
public sealed class NotificationTrigger
{
    public long Id { get; set; }
    public long HistoryId { get; set; }
    public long TicketId { get; set; }
    public long? ArticleId { get; set; }
    public string HistoryType { get; set; } = "";
    public string HistoryName { get; set; } = "";
    public int QueueId { get; set; }
    public int OwnerId { get; set; }
    public int StateId { get; set; }
    public int PriorityId { get; set; }
    public int TypeId { get; set; }
    public int UserId { get; set; }
    public DateTimeOffset CreateTime { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}
