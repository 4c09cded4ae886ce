using GoTrs.Domain.Articles;
using GoTrs.Domain.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

public sealed class MailQueueItemConfiguration : IEntityTypeConfiguration<MailQueueItem>
{
    public void Configure(EntityTypeBuilder<MailQueueItem> builder)
    {
        builder.ToTable("mail_queue");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").UseSerialColumn();
        builder.Property(e => e.InsertFingerprint).HasColumnName("insert_fingerprint").HasMaxLength(64);
        builder.Property(e => e.ArticleId).HasColumnName("article_id");
        builder.Property(e => e.Attempts).HasColumnName("attempts");
        builder.Property(e => e.Sender).HasColumnName("sender").HasMaxLength(200);
        builder.Property(e => e.Recipient).HasColumnName("recipient").HasColumnType("character varying");
        builder.Property(e => e.RawMessage).HasColumnName("raw_message").HasColumnType("text")
            .HasConversion<Base64TextConverter>();
        builder.Property(e => e.DueTime).HasColumnName("due_time");
        builder.Property(e => e.LastSmtpCode).HasColumnName("last_smtp_code");
        builder.Property(e => e.LastSmtpMessage).HasColumnName("last_smtp_message").HasColumnType("character varying");
        builder.Property(e => e.CreateTime).HasColumnName("create_time");
        // Declared so that EF inserts the article before its queue row within one batch (the database enforces this key).
        builder.HasOne<Article>().WithMany().HasForeignKey(e => e.ArticleId).OnDelete(DeleteBehavior.NoAction);
    }
}
