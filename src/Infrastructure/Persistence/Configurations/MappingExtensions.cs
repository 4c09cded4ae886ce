using GoTrs.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

/// <summary>The OTRS column conventions, written once: audit columns, int2 columns, lookup tables.</summary>
public static class MappingExtensions
{
    public static EntityTypeBuilder<T> MapAudit<T>(this EntityTypeBuilder<T> builder) where T : AuditedEntity
    {
        builder.Property(e => e.CreateTime).HasColumnName("create_time");
        builder.Property(e => e.CreateBy).HasColumnName("create_by");
        builder.Property(e => e.ChangeTime).HasColumnName("change_time");
        builder.Property(e => e.ChangeBy).HasColumnName("change_by");
        return builder;
    }

    /// <summary>OTRS SMALLINT columns (valid_id and most lookup foreign keys) held as int in C#.</summary>
    public static PropertyBuilder<int> Smallint(this PropertyBuilder<int> property) =>
        property.HasColumnType("smallint").HasConversion<short>();

    public static PropertyBuilder<int?> Smallint(this PropertyBuilder<int?> property) =>
        property.HasColumnType("smallint").HasConversion<short?>();

    /// <summary>id (serial), name, valid_id and the audit columns of an OTRS lookup table.</summary>
    public static EntityTypeBuilder<T> MapLookup<T>(this EntityTypeBuilder<T> builder, string table, int nameLength = 200)
        where T : NamedLookup
    {
        builder.ToTable(table);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").UseSerialColumn();
        builder.Property(e => e.Name).HasColumnName("name").HasMaxLength(nameLength);
        builder.Property(e => e.ValidId).HasColumnName("valid_id").Smallint();
        return builder.MapAudit();
    }
}
