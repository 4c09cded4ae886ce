using GoTrs.Domain.Articles;
using GoTrs.Domain.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

public sealed class TicketHistoryConfiguration : IEntityTypeConfiguration<TicketHistory>
{
    public void Configure(EntityTypeBuilder<TicketHistory> builder)
    {
        builder.ToTable("ticket_history");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").UseSerialColumn();
        builder.Property(e => e.Name).HasColumnName("name").HasMaxLength(200);
        builder.Property(e => e.HistoryTypeId).HasColumnName("history_type_id").Smallint();
        builder.Property(e => e.TicketId).HasColumnName("ticket_id");
        builder.Property(e => e.ArticleId).HasColumnName("article_id");
        builder.Property(e => e.TypeId).HasColumnName("type_id").Smallint();
        builder.Property(e => e.QueueId).HasColumnName("queue_id");
        builder.Property(e => e.OwnerId).HasColumnName("owner_id");
        builder.Property(e => e.PriorityId).HasColumnName("priority_id").Smallint();
        builder.Property(e => e.StateId).HasColumnName("state_id").Smallint();
        builder.MapAudit();
        // Declared so that EF inserts parents before children within one batch (the database enforces these keys).
        builder.HasOne<Ticket>().WithMany().HasForeignKey(e => e.TicketId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Article>().WithMany().HasForeignKey(e => e.ArticleId).OnDelete(DeleteBehavior.NoAction);
    }
}
