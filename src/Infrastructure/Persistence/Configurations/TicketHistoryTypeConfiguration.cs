using GoTrs.Domain.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

public sealed class TicketHistoryTypeConfiguration : IEntityTypeConfiguration<TicketHistoryType>
{
    public void Configure(EntityTypeBuilder<TicketHistoryType> builder)
    {
        builder.MapLookup("ticket_history_type");
        builder.Property(e => e.Comments).HasColumnName("comments").HasMaxLength(250);
    }
}
