using GoTrs.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

public sealed class ValidConfiguration : IEntityTypeConfiguration<Valid>
{
    public void Configure(EntityTypeBuilder<Valid> builder)
    {
        builder.ToTable("valid");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").UseSerialColumn();
        builder.Property(e => e.Name).HasColumnName("name").HasMaxLength(200);
        builder.MapAudit();
    }
}
