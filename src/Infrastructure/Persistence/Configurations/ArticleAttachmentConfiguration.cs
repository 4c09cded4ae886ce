using GoTrs.Domain.Tickets;
using GoTrs.Domain.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

public sealed class ArticleAttachmentConfiguration : IEntityTypeConfiguration<ArticleAttachment>
{
    public void Configure(EntityTypeBuilder<ArticleAttachment> builder)
    {
        builder.ToTable("article_data_mime_attachment");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").UseSerialColumn();
        builder.Property(e => e.ArticleId).HasColumnName("article_id");
        builder.Property(e => e.Filename).HasColumnName("filename").HasMaxLength(250);
        builder.Property(e => e.ContentSize).HasColumnName("content_size").HasMaxLength(30);
        builder.Property(e => e.ContentType).HasColumnName("content_type").HasMaxLength(450);
        builder.Property(e => e.ContentId).HasColumnName("content_id").HasMaxLength(250);
        builder.Property(e => e.ContentAlternative).HasColumnName("content_alternative").HasMaxLength(50);
        builder.Property(e => e.Disposition).HasColumnName("disposition").HasMaxLength(15);
        builder.Property(e => e.Content).HasColumnName("content").HasColumnType("text").HasConversion<Base64TextConverter>();
        builder.MapAudit();
        // Declared so that EF inserts parents before children within one batch (the database enforces these keys).
        builder.HasOne<Article>().WithMany().HasForeignKey(e => e.ArticleId).OnDelete(DeleteBehavior.NoAction);
    }
}
