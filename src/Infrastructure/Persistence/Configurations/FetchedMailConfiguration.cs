using GoTrs.Domain.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

public sealed class FetchedMailConfiguration : IEntityTypeConfiguration<FetchedMail>
{
    public void Configure(EntityTypeBuilder<FetchedMail> builder)
    {
        builder.ToTable("gotrs_mail_fetched");
        builder.HasKey(e => new { e.MailAccountId, e.ServerId });
        builder.Property(e => e.MailAccountId).HasColumnName("mail_account_id");
        builder.Property(e => e.ServerId).HasColumnName("server_id").HasMaxLength(400);
        builder.Property(e => e.MessageId).HasColumnName("message_id").HasMaxLength(3800);
        builder.Property(e => e.Outcome).HasColumnName("outcome").HasMaxLength(40);
        builder.Property(e => e.FetchedAt).HasColumnName("fetched_at").HasColumnType("timestamptz");
    }
}
