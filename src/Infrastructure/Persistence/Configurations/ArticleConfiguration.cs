using GoTrs.Domain.Tickets;
using GoTrs.Domain.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

public sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.ToTable("article");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").UseSerialColumn();
        builder.Property(e => e.TicketId).HasColumnName("ticket_id");
        builder.Property(e => e.SenderTypeId).HasColumnName("article_sender_type_id").Smallint();
        builder.Property(e => e.CommunicationChannelId).HasColumnName("communication_channel_id");
        builder.Property(e => e.IsVisibleForCustomer).HasColumnName("is_visible_for_customer").Smallint();
        builder.Property(e => e.SearchIndexNeedsRebuild).HasColumnName("search_index_needs_rebuild").Smallint();
        builder.Property(e => e.InsertFingerprint).HasColumnName("insert_fingerprint").HasMaxLength(64);
        builder.MapAudit();
        // Declared so that EF inserts parents before children within one batch (the database enforces these keys).
        builder.HasOne<Ticket>().WithMany().HasForeignKey(e => e.TicketId).OnDelete(DeleteBehavior.NoAction);
    }
}
