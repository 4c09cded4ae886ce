using GoTrs.Domain.Permissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

public sealed class GroupRoleConfiguration : IEntityTypeConfiguration<GroupRole>
{
    public void Configure(EntityTypeBuilder<GroupRole> builder)
    {
        builder.ToTable("group_role");
        builder.HasKey(e => new { e.RoleId, e.GroupId, e.PermissionKey });
        builder.Property(e => e.RoleId).HasColumnName("role_id");
        builder.Property(e => e.GroupId).HasColumnName("group_id");
        builder.Property(e => e.PermissionKey).HasColumnName("permission_key").HasMaxLength(20);
        builder.Property(e => e.PermissionValue).HasColumnName("permission_value").Smallint();
        builder.MapAudit();
    }
}
