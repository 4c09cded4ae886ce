using GoTrs.Domain.DynamicFields;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

public sealed class DynamicFieldObjectNameConfiguration : IEntityTypeConfiguration<DynamicFieldObjectName>
{
    public void Configure(EntityTypeBuilder<DynamicFieldObjectName> builder)
    {
        builder.ToTable("dynamic_field_obj_id_name");
        builder.HasKey(e => e.ObjectId);
        builder.Property(e => e.ObjectId).HasColumnName("object_id").UseSerialColumn();
        builder.Property(e => e.ObjectName).HasColumnName("object_name").HasMaxLength(200);
        builder.Property(e => e.ObjectType).HasColumnName("object_type").HasMaxLength(100);
    }
}
