using GoTrs.Domain.Links;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

/// <summary>link_relation has no primary key; its unique constraint link_relation_view serves as the EF key.</summary>
public sealed class LinkRelationConfiguration : IEntityTypeConfiguration<LinkRelation>
{
    public void Configure(EntityTypeBuilder<LinkRelation> builder)
    {
        builder.ToTable("link_relation");
        builder.HasKey(e => new { e.SourceObjectId, e.SourceKey, e.TargetObjectId, e.TargetKey, e.TypeId });
        builder.Property(e => e.SourceObjectId).HasColumnName("source_object_id").Smallint();
        builder.Property(e => e.SourceKey).HasColumnName("source_key").HasMaxLength(50);
        builder.Property(e => e.TargetObjectId).HasColumnName("target_object_id").Smallint();
        builder.Property(e => e.TargetKey).HasColumnName("target_key").HasMaxLength(50);
        builder.Property(e => e.TypeId).HasColumnName("type_id").Smallint();
        builder.Property(e => e.StateId).HasColumnName("state_id").Smallint();
        builder.Property(e => e.CreateTime).HasColumnName("create_time");
        builder.Property(e => e.CreateBy).HasColumnName("create_by");
    }
}
