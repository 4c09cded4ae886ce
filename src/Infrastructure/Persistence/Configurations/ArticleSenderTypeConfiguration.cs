using GoTrs.Domain.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

public sealed class ArticleSenderTypeConfiguration : IEntityTypeConfiguration<ArticleSenderType>
{
    public void Configure(EntityTypeBuilder<ArticleSenderType> builder)
    {
        builder.MapLookup("article_sender_type");
        builder.Property(e => e.Comments).HasColumnName("comments").HasMaxLength(250);
    }
}
