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
