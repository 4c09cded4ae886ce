using GoTrs.Domain.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

/// <summary>
/// ticket_loop_protection has no primary key and repeats (address, day) on purpose. The EF key over both columns only
/// lets EF insert rows: count them with queries, and never track two equal rows in one context.
/// </summary>
public sealed class TicketLoopProtectionConfiguration : IEntityTypeConfiguration<TicketLoopProtection>
{
    public void Configure(EntityTypeBuilder<TicketLoopProtection> builder)
    {
        builder.ToTable("ticket_loop_protection");
        builder.HasKey(e => new { e.SentTo, e.SentDate });
        builder.Property(e => e.SentTo).HasColumnName("sent_to").HasMaxLength(250);
        builder.Property(e => e.SentDate).HasColumnName("sent_date").HasMaxLength(150);
    }
}
