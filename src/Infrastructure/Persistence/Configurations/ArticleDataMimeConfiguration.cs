using GoTrs.Domain.Tickets;
using GoTrs.Domain.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

public sealed class ArticleDataMimeConfiguration : IEntityTypeConfiguration<ArticleDataMime>
{
    public void Configure(EntityTypeBuilder<ArticleDataMime> builder)
    {
        const string Unbounded = "character varying";

        builder.ToTable("article_data_mime");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").UseSerialColumn();
        builder.Property(e => e.ArticleId).HasColumnName("article_id");
        builder.Property(e => e.From).HasColumnName("a_from").HasColumnType(Unbounded);
        builder.Property(e => e.ReplyTo).HasColumnName("a_reply_to").HasColumnType(Unbounded);
        builder.Property(e => e.To).HasColumnName("a_to").HasColumnType(Unbounded);
        builder.Property(e => e.Cc).HasColumnName("a_cc").HasColumnType(Unbounded);
        builder.Property(e => e.Bcc).HasColumnName("a_bcc").HasColumnType(Unbounded);
        builder.Property(e => e.Subject).HasColumnName("a_subject").HasMaxLength(3800);
        builder.Property(e => e.MessageId).HasColumnName("a_message_id").HasMaxLength(3800);
        builder.Property(e => e.MessageIdMd5).HasColumnName("a_message_id_md5").HasMaxLength(32);
        builder.Property(e => e.InReplyTo).HasColumnName("a_in_reply_to").HasColumnType(Unbounded);
        builder.Property(e => e.References).HasColumnName("a_references").HasColumnType(Unbounded);
        builder.Property(e => e.ContentType).HasColumnName("a_content_type").HasMaxLength(250);
        builder.Property(e => e.Body).HasColumnName("a_body").HasColumnType(Unbounded);
        builder.Property(e => e.IncomingTimeEpoch).HasColumnName("incoming_time");
        builder.Property(e => e.ContentPath).HasColumnName("content_path").HasMaxLength(250);
        builder.MapAudit();
        // Declared so that EF inserts parents before children within one batch (the database enforces these keys).
        builder.HasOne<Article>().WithMany().HasForeignKey(e => e.ArticleId).OnDelete(DeleteBehavior.NoAction);
    }
}
