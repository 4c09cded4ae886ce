using GoTrs.Domain.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

public sealed class ArticleSearchIndexConfiguration : IEntityTypeConfiguration<ArticleSearchIndex>
{
    public void Configure(EntityTypeBuilder<ArticleSearchIndex> builder)
    {
        builder.ToTable("article_search_index");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").UseSerialColumn();
        builder.Property(e => e.TicketId).HasColumnName("ticket_id");
        builder.Property(e => e.ArticleId).HasColumnName("article_id");
        builder.Property(e => e.Key).HasColumnName("article_key").HasMaxLength(200);
        builder.Property(e => e.Value).HasColumnName("article_value").HasColumnType("character varying");
    }
}
