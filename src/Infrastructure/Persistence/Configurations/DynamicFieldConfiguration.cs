using GoTrs.Domain.DynamicFields;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

public sealed class DynamicFieldConfiguration : IEntityTypeConfiguration<DynamicField>
{
    public void Configure(EntityTypeBuilder<DynamicField> builder)
    {
        builder.MapLookup("dynamic_field");
        builder.Property(e => e.InternalField).HasColumnName("internal_field").Smallint();
        builder.Property(e => e.Label).HasColumnName("label").HasMaxLength(200);
        builder.Property(e => e.FieldOrder).HasColumnName("field_order");
        builder.Property(e => e.FieldType).HasColumnName("field_type").HasMaxLength(200);
        builder.Property(e => e.ObjectType).HasColumnName("object_type").HasMaxLength(100);
        // A LONGBLOB, but it holds YAML text, which Znuny writes as is.
        builder.Property(e => e.Config).HasColumnName("config").HasColumnType("text");
    }
}
