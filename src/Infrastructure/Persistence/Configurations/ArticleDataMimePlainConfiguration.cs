using GoTrs.Domain.Tickets;
using GoTrs.Domain.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

public sealed class ArticleDataMimePlainConfiguration : IEntityTypeConfiguration<ArticleDataMimePlain>
{
    public void Configure(EntityTypeBuilder<ArticleDataMimePlain> builder)
    {
        builder.ToTable("article_data_mime_plain");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").UseSerialColumn();
        builder.Property(e => e.ArticleId).HasColumnName("article_id");
        builder.Property(e => e.Body).HasColumnName("body").HasColumnType("text").HasConversion<Base64TextConverter>();
        builder.MapAudit();
        // Declared so that EF inserts parents before children within one batch (the database enforces these keys).
        builder.HasOne<Article>().WithMany().HasForeignKey(e => e.ArticleId).OnDelete(DeleteBehavior.NoAction);
    }
}
