using GoTrs.Domain.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

/// <summary>ticket_flag has no primary key; its unique constraint ticket_flag_per_user serves as the EF key.</summary>
public sealed class TicketFlagConfiguration : IEntityTypeConfiguration<TicketFlag>
{
    public void Configure(EntityTypeBuilder<TicketFlag> builder)
    {
        builder.ToTable("ticket_flag");
        builder.HasKey(e => new { e.TicketId, e.Key, e.CreateBy });
        builder.Property(e => e.TicketId).HasColumnName("ticket_id");
        builder.Property(e => e.Key).HasColumnName("ticket_key").HasMaxLength(50);
        builder.Property(e => e.Value).HasColumnName("ticket_value").HasMaxLength(50);
        builder.Property(e => e.CreateTime).HasColumnName("create_time");
        builder.Property(e => e.CreateBy).HasColumnName("create_by");
    }
}
