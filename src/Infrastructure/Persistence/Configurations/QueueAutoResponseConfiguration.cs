using GoTrs.Domain.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

public sealed class QueueAutoResponseConfiguration : IEntityTypeConfiguration<QueueAutoResponse>
{
    public void Configure(EntityTypeBuilder<QueueAutoResponse> builder)
    {
        builder.ToTable("queue_auto_response");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").UseSerialColumn();
        builder.Property(e => e.QueueId).HasColumnName("queue_id");
        builder.Property(e => e.AutoResponseId).HasColumnName("auto_response_id");
        builder.MapAudit();
    }
}
