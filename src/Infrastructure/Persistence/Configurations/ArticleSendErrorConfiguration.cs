using GoTrs.Domain.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

public sealed class ArticleSendErrorConfiguration : IEntityTypeConfiguration<ArticleSendError>
{
    public void Configure(EntityTypeBuilder<ArticleSendError> builder)
    {
        builder.ToTable("article_data_mime_send_error");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").UseSerialColumn();
        builder.Property(e => e.ArticleId).HasColumnName("article_id");
        builder.Property(e => e.MessageId).HasColumnName("message_id").HasMaxLength(200);
        builder.Property(e => e.LogMessage).HasColumnName("log_message").HasColumnType("character varying");
        builder.Property(e => e.CreateTime).HasColumnName("create_time");
    }
}
