namespace GoTrs.Domain.Notifications;

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
