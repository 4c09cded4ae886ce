using GoTrs.Domain.Articles;
using GoTrs.Domain.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

public sealed class TimeAccountingConfiguration : IEntityTypeConfiguration<TimeAccounting>
{
    public void Configure(EntityTypeBuilder<TimeAccounting> builder)
    {
        builder.ToTable("time_accounting");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").UseSerialColumn();
        builder.Property(e => e.TicketId).HasColumnName("ticket_id");
        builder.Property(e => e.ArticleId).HasColumnName("article_id");
        builder.Property(e => e.TimeUnit).HasColumnName("time_unit").HasPrecision(10, 2);
        builder.MapAudit();
        // Declared so that EF inserts parents before children within one batch (the database enforces these keys).
        builder.HasOne<Ticket>().WithMany().HasForeignKey(e => e.TicketId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Article>().WithMany().HasForeignKey(e => e.ArticleId).OnDelete(DeleteBehavior.NoAction);
    }
}
