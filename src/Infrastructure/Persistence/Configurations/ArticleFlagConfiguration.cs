using GoTrs.Domain.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

/// <summary>
/// article_flag has neither a primary key nor a unique constraint; Znuny deletes before it sets a flag, so
/// (article, key, agent) names a row.
/// </summary>
public sealed class ArticleFlagConfiguration : IEntityTypeConfiguration<ArticleFlag>
{
    public void Configure(EntityTypeBuilder<ArticleFlag> builder)
    {
        builder.ToTable("article_flag");
        builder.HasKey(e => new { e.ArticleId, e.Key, e.CreateBy });
        builder.Property(e => e.ArticleId).HasColumnName("article_id");
        builder.Property(e => e.Key).HasColumnName("article_key").HasMaxLength(50);
        builder.Property(e => e.Value).HasColumnName("article_value").HasMaxLength(50);
        builder.Property(e => e.CreateTime).HasColumnName("create_time");
        builder.Property(e => e.CreateBy).HasColumnName("create_by");
    }
}
