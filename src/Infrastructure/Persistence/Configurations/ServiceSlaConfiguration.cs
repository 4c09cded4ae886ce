using GoTrs.Domain.Queues;
using GoTrs.Domain.Services;
using GoTrs.Domain.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

public sealed class ServiceSlaConfiguration : IEntityTypeConfiguration<ServiceSla>
{
    public void Configure(EntityTypeBuilder<ServiceSla> builder)
    {
        builder.ToTable("service_sla");
        builder.HasKey(e => new { e.ServiceId, e.SlaId });
        builder.Property(e => e.ServiceId).HasColumnName("service_id");
        builder.Property(e => e.SlaId).HasColumnName("sla_id");
    }
}
