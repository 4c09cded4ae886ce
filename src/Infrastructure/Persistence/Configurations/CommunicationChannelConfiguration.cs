using GoTrs.Domain.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

public sealed class CommunicationChannelConfiguration : IEntityTypeConfiguration<CommunicationChannel>
{
    public void Configure(EntityTypeBuilder<CommunicationChannel> builder)
    {
        builder.ToTable("communication_channel");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").UseSerialColumn();
        builder.Property(e => e.Name).HasColumnName("name").HasMaxLength(200);
        builder.Property(e => e.Module).HasColumnName("module").HasMaxLength(200);
        builder.Property(e => e.PackageName).HasColumnName("package_name").HasMaxLength(200);
        // A LONGBLOB, but it holds YAML text, which Znuny writes as is.
        builder.Property(e => e.ChannelData).HasColumnName("channel_data").HasColumnType("text");
        builder.Property(e => e.ValidId).HasColumnName("valid_id").Smallint();
        builder.MapAudit();
    }
}
