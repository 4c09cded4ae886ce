using GoTrs.Domain.Articles;
using GoTrs.Domain.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

/// <summary>ticket_watcher has no primary key; an agent watches a ticket at most once, so (ticket, user) names a row.</summary>
public sealed class TicketWatcherConfiguration : IEntityTypeConfiguration<TicketWatcher>
{
    public void Configure(EntityTypeBuilder<TicketWatcher> builder)
    {
        builder.ToTable("ticket_watcher");
        builder.HasKey(e => new { e.TicketId, e.UserId });
        builder.Property(e => e.TicketId).HasColumnName("ticket_id");
        builder.Property(e => e.UserId).HasColumnName("user_id");
        builder.MapAudit();
        // Declared so that EF inserts parents before children within one batch (the database enforces these keys).
        builder.HasOne<Ticket>().WithMany().HasForeignKey(e => e.TicketId).OnDelete(DeleteBehavior.NoAction);
    }
}
