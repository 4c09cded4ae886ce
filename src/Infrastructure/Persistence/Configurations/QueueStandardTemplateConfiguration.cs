using GoTrs.Domain.Templates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

/// <summary>queue_standard_template has no primary key; a template is assigned to a queue at most once.</summary>
public sealed class QueueStandardTemplateConfiguration : IEntityTypeConfiguration<QueueStandardTemplate>
{
    public void Configure(EntityTypeBuilder<QueueStandardTemplate> builder)
    {
        builder.ToTable("queue_standard_template");
        builder.HasKey(e => new { e.QueueId, e.StandardTemplateId });
        builder.Property(e => e.QueueId).HasColumnName("queue_id");
        builder.Property(e => e.StandardTemplateId).HasColumnName("standard_template_id");
        builder.MapAudit();
    }
}
