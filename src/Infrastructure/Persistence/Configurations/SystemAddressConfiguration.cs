using GoTrs.Domain.Queues;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

public sealed class SystemAddressConfiguration : IEntityTypeConfiguration<SystemAddress>
{
    public void Configure(EntityTypeBuilder<SystemAddress> builder)
    {
        builder.ToTable("system_address");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").UseSerialColumn();
        builder.Property(e => e.Address).HasColumnName("value0").HasMaxLength(200);
        builder.Property(e => e.DisplayName).HasColumnName("value1").HasMaxLength(200);
        builder.Property(e => e.Value2).HasColumnName("value2").HasMaxLength(200);
        builder.Property(e => e.Value3).HasColumnName("value3").HasMaxLength(200);
        builder.Property(e => e.QueueId).HasColumnName("queue_id");
        builder.Property(e => e.Comments).HasColumnName("comments").HasMaxLength(250);
        builder.Property(e => e.ValidId).HasColumnName("valid_id").Smallint();
        builder.MapAudit();
    }
}
