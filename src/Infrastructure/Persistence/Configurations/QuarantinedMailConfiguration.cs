using GoTrs.Domain.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

public sealed class QuarantinedMailConfiguration : IEntityTypeConfiguration<QuarantinedMail>
{
    public void Configure(EntityTypeBuilder<QuarantinedMail> builder)
    {
        builder.ToTable("gotrs_mail_quarantine");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").UseSerialColumn();
        builder.Property(e => e.MailAccountId).HasColumnName("mail_account_id");
        builder.Property(e => e.Reason).HasColumnName("reason").HasMaxLength(2000);
        builder.Property(e => e.Sender).HasColumnName("sender").HasMaxLength(1000);
        builder.Property(e => e.Subject).HasColumnName("subject").HasMaxLength(3800);
        builder.Property(e => e.MessageId).HasColumnName("message_id").HasMaxLength(3800);
        builder.Property(e => e.RawMessage).HasColumnName("raw_message").HasColumnType("bytea");
        builder.Property(e => e.ReceivedAt).HasColumnName("received_at").HasColumnType("timestamptz");
        builder.Property(e => e.Retries).HasColumnName("retries");
    }
}
