using GoTrs.Infrastructure.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

/// <summary>Read-only for GoTrs code: the triggers of Schema/GoTrs/0006_article_search.sql write it.</summary>
public sealed class ArticleSearchDocumentConfiguration : IEntityTypeConfiguration<ArticleSearchDocument>
{
    public void Configure(EntityTypeBuilder<ArticleSearchDocument> builder)
    {
        builder.ToTable("gotrs_article_search");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(e => e.ArticleId).HasColumnName("article_id");
        builder.Property(e => e.TicketId).HasColumnName("ticket_id");
        builder.Property(e => e.IsVisibleForCustomer).HasColumnName("is_visible_for_customer");
        builder.Property(e => e.Document).HasColumnName("document").HasColumnType("tsvector");
    }
}
