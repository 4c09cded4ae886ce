using GoTrs.Domain.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

public sealed class AutoResponseTypeConfiguration : IEntityTypeConfiguration<AutoResponseType>
{
    public void Configure(EntityTypeBuilder<AutoResponseType> builder)
    {
        builder.MapLookup("auto_response_type");
        builder.Property(e => e.Comments).HasColumnName("comments").HasMaxLength(250);
    }
}
