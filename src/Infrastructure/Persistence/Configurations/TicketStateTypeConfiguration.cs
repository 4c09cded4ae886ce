using GoTrs.Domain.Queues;
using GoTrs.Domain.Services;
using GoTrs.Domain.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

public sealed class TicketStateTypeConfiguration : IEntityTypeConfiguration<TicketStateType>
{
    public void Configure(EntityTypeBuilder<TicketStateType> builder)
    {
        builder.ToTable("ticket_state_type");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").UseSerialColumn();
        builder.Property(e => e.Name).HasColumnName("name").HasMaxLength(200);
        builder.Property(e => e.Comments).HasColumnName("comments").HasMaxLength(250);
        builder.MapAudit();
    }
}
