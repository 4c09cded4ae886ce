using GoTrs.Domain.Queues;
using GoTrs.Domain.Services;
using GoTrs.Domain.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

public sealed class TicketStateConfiguration : IEntityTypeConfiguration<TicketState>
{
    public void Configure(EntityTypeBuilder<TicketState> builder)
    {
        builder.MapLookup("ticket_state");
        builder.Property(e => e.Comments).HasColumnName("comments").HasMaxLength(250);
        builder.Property(e => e.TypeId).HasColumnName("type_id").Smallint();
    }
}
