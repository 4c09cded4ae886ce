using GoTrs.Domain.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

public sealed class MailAccountConfiguration : IEntityTypeConfiguration<MailAccount>
{
    public void Configure(EntityTypeBuilder<MailAccount> builder)
    {
        builder.ToTable("mail_account");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").UseSerialColumn();
        builder.Property(e => e.Login).HasColumnName("login").HasMaxLength(200);
        builder.Property(e => e.Password).HasColumnName("pw").HasMaxLength(200);
        builder.Property(e => e.Host).HasColumnName("host").HasMaxLength(200);
        builder.Property(e => e.AccountType).HasColumnName("account_type").HasMaxLength(20);
        builder.Property(e => e.QueueId).HasColumnName("queue_id");
        builder.Property(e => e.Trusted).HasColumnName("trusted").Smallint();
        builder.Property(e => e.ImapFolder).HasColumnName("imap_folder").HasMaxLength(250);
        builder.Property(e => e.AuthenticationType).HasColumnName("authentication_type").HasMaxLength(100);
        builder.Property(e => e.OAuth2TokenConfigId).HasColumnName("oauth2_token_config_id");
        builder.Property(e => e.Comments).HasColumnName("comments").HasMaxLength(250);
        builder.Property(e => e.ValidId).HasColumnName("valid_id").Smallint();
        builder.MapAudit();
    }
}
