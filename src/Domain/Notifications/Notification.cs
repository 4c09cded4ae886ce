using GoTrs.Domain.Common;

namespace GoTrs.Domain.Notifications;

/// <summary>
/// A ticket notification as an admin configures it (OTRS table <c>notification_event</c>): its conditions and
/// recipients are <see cref="NotificationItem"/> rows, its texts one <see cref="NotificationMessage"/> per language.
/// </summary>
public sealed class Notification : AuditedEntity
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public int ValidId { get; set; } = Validity.Valid;
    public string? Comments { get; set; }
}

/// <summary>One key/value condition or setting of a notification (OTRS table <c>notification_event_item</c>, no key).</summary>
public sealed class NotificationItem
{
    public int NotificationId { get; set; }
    public string Key { get; set; } = "";
    public string Value { get; set; } = "";
}

/// <summary>Subject and text of a notification in one language (OTRS table <c>notification_event_message</c>).</summary>
public sealed class NotificationMessage
{
    public int Id { get; set; }
    public int NotificationId { get; set; }
    public string Subject { get; set; } = "";
    public string Text { get; set; } = "";
    public string ContentType { get; set; } = "text/plain";
    public string Language { get; set; } = "en";
}
