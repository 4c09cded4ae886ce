using GoTrs.Domain.Queues;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

public sealed class QueueConfiguration : IEntityTypeConfiguration<Queue>
{
    public void Configure(EntityTypeBuilder<Queue> builder)
    {
        builder.ToTable("queue");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").UseSerialColumn();
        builder.Property(e => e.Name).HasColumnName("name").HasMaxLength(200);
        builder.Property(e => e.GroupId).HasColumnName("group_id");
        builder.Property(e => e.UnlockTimeout).HasColumnName("unlock_timeout");
        builder.Property(e => e.FirstResponseTime).HasColumnName("first_response_time");
        builder.Property(e => e.FirstResponseNotify).HasColumnName("first_response_notify").Smallint();
        builder.Property(e => e.UpdateTime).HasColumnName("update_time");
        builder.Property(e => e.UpdateNotify).HasColumnName("update_notify").Smallint();
        builder.Property(e => e.SolutionTime).HasColumnName("solution_time");
        builder.Property(e => e.SolutionNotify).HasColumnName("solution_notify").Smallint();
        builder.Property(e => e.SystemAddressId).HasColumnName("system_address_id").Smallint();
        builder.Property(e => e.CalendarName).HasColumnName("calendar_name").HasMaxLength(100);
        builder.Property(e => e.DefaultSignKey).HasColumnName("default_sign_key").HasMaxLength(100);
        builder.Property(e => e.SalutationId).HasColumnName("salutation_id").Smallint();
        builder.Property(e => e.SignatureId).HasColumnName("signature_id").Smallint();
        builder.Property(e => e.FollowUpId).HasColumnName("follow_up_id").Smallint();
        builder.Property(e => e.FollowUpLock).HasColumnName("follow_up_lock").Smallint();
        builder.Property(e => e.Comments).HasColumnName("comments").HasMaxLength(250);
        builder.Property(e => e.ValidId).HasColumnName("valid_id").Smallint();
        builder.MapAudit();
        builder.Ignore(e => e.ParentName);
    }
}
