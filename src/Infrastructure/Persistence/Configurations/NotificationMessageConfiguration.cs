using GoTrs.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

public sealed class NotificationMessageConfiguration : IEntityTypeConfiguration<NotificationMessage>
{
    public void Configure(EntityTypeBuilder<NotificationMessage> builder)
    {
        builder.ToTable("notification_event_message");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").UseSerialColumn();
        builder.Property(e => e.NotificationId).HasColumnName("notification_id");
        builder.Property(e => e.Subject).HasColumnName("subject").HasMaxLength(200);
        builder.Property(e => e.Text).HasColumnName("text").HasColumnType("character varying");
        builder.Property(e => e.ContentType).HasColumnName("content_type").HasMaxLength(250);
        builder.Property(e => e.Language).HasColumnName("language").HasMaxLength(60);
    }
}
