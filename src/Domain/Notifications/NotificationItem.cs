namespace GoTrs.Domain.Notifications;

/// <summary>One key/value condition or setting of a notification (OTRS table <c>notification_event_item</c>, no key).</summary>
public sealed class NotificationItem
{
    public int NotificationId { get; set; }
    public string Key { get; set; } = "";
    public string Value { get; set; } = "";
}
