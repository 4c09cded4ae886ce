using GoTrs.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

public sealed class NotificationTriggerConfiguration : IEntityTypeConfiguration<NotificationTrigger>
{
    public void Configure(EntityTypeBuilder<NotificationTrigger> builder)
    {
        builder.ToTable("gotrs_notification_event");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").UseSerialColumn();
        builder.Property(e => e.HistoryId).HasColumnName("history_id");
        builder.Property(e => e.TicketId).HasColumnName("ticket_id");
        builder.Property(e => e.ArticleId).HasColumnName("article_id");
        builder.Property(e => e.HistoryType).HasColumnName("history_type").HasMaxLength(200);
        builder.Property(e => e.HistoryName).HasColumnName("history_name").HasMaxLength(200);
        builder.Property(e => e.QueueId).HasColumnName("queue_id");
        builder.Property(e => e.OwnerId).HasColumnName("owner_id");
        builder.Property(e => e.StateId).HasColumnName("state_id").Smallint();
        builder.Property(e => e.PriorityId).HasColumnName("priority_id").Smallint();
        builder.Property(e => e.TypeId).HasColumnName("type_id").Smallint();
        builder.Property(e => e.UserId).HasColumnName("user_id");
        builder.Property(e => e.CreateTime).HasColumnName("create_time").HasColumnType("timestamptz");
        builder.Property(e => e.Attempts).HasColumnName("attempts");
        builder.Property(e => e.LastError).HasColumnName("last_error").HasMaxLength(2000);
    }
}
