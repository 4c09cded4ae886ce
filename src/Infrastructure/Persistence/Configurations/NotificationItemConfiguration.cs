using GoTrs.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

/// <summary>notification_event_item has no primary key; a (notification, key, value) triple names a row.</summary>
public sealed class NotificationItemConfiguration : IEntityTypeConfiguration<NotificationItem>
{
    public void Configure(EntityTypeBuilder<NotificationItem> builder)
    {
        builder.ToTable("notification_event_item");
        builder.HasKey(e => new { e.NotificationId, e.Key, e.Value });
        builder.Property(e => e.NotificationId).HasColumnName("notification_id");
        builder.Property(e => e.Key).HasColumnName("event_key").HasMaxLength(200);
        builder.Property(e => e.Value).HasColumnName("event_value").HasMaxLength(200);
    }
}
