using GoTrs.Domain.DynamicFields;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

public sealed class DynamicFieldValueConfiguration : IEntityTypeConfiguration<DynamicFieldValue>
{
    public void Configure(EntityTypeBuilder<DynamicFieldValue> builder)
    {
        builder.ToTable("dynamic_field_value");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").UseSerialColumn();
        builder.Property(e => e.FieldId).HasColumnName("field_id");
        builder.Property(e => e.ObjectId).HasColumnName("object_id");
        builder.Property(e => e.ValueText).HasColumnName("value_text").HasMaxLength(3800);
        builder.Property(e => e.ValueDate).HasColumnName("value_date");
        builder.Property(e => e.ValueInt).HasColumnName("value_int");
    }
}
