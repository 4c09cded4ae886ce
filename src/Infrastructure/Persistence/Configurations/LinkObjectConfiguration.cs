using GoTrs.Domain.Links;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

public sealed class LinkObjectConfiguration : IEntityTypeConfiguration<LinkObject>
{
    public void Configure(EntityTypeBuilder<LinkObject> builder)
    {
        builder.ToTable("link_object");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").UseSerialColumn();
        builder.Property(e => e.Name).HasColumnName("name").HasMaxLength(100);
    }
}
