using GoTrs.Domain.Queues;
using GoTrs.Domain.Services;
using GoTrs.Domain.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

public sealed class SlaConfiguration : IEntityTypeConfiguration<Sla>
{
    public void Configure(EntityTypeBuilder<Sla> builder)
    {
        builder.MapLookup("sla");
        builder.Property(e => e.CalendarName).HasColumnName("calendar_name").HasMaxLength(100);
        builder.Property(e => e.FirstResponseTime).HasColumnName("first_response_time");
        builder.Property(e => e.FirstResponseNotify).HasColumnName("first_response_notify").Smallint();
        builder.Property(e => e.UpdateTime).HasColumnName("update_time");
        builder.Property(e => e.UpdateNotify).HasColumnName("update_notify").Smallint();
        builder.Property(e => e.SolutionTime).HasColumnName("solution_time");
        builder.Property(e => e.SolutionNotify).HasColumnName("solution_notify").Smallint();
        builder.Property(e => e.Comments).HasColumnName("comments").HasMaxLength(250);
    }
}
