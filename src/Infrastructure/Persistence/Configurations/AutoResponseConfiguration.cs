using GoTrs.Domain.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

public sealed class AutoResponseConfiguration : IEntityTypeConfiguration<AutoResponse>
{
    public void Configure(EntityTypeBuilder<AutoResponse> builder)
    {
        builder.MapLookup("auto_response");
        builder.Property(e => e.Response).HasColumnName("text0").HasMaxLength(6000);
        builder.Property(e => e.Subject).HasColumnName("text1").HasMaxLength(6000);
        builder.Property(e => e.TypeId).HasColumnName("type_id").Smallint();
        builder.Property(e => e.SystemAddressId).HasColumnName("system_address_id").Smallint();
        builder.Property(e => e.ContentType).HasColumnName("content_type").HasMaxLength(250);
        builder.Property(e => e.Comments).HasColumnName("comments").HasMaxLength(250);
    }
}
