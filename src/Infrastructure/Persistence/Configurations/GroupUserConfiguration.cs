using GoTrs.Domain.Permissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

/// <summary>group_user has no primary key in the database; EF tracks rows by (user, group, key).</summary>
public sealed class GroupUserConfiguration : IEntityTypeConfiguration<GroupUser>
{
    public void Configure(EntityTypeBuilder<GroupUser> builder)
    {
        builder.ToTable("group_user");
        builder.HasKey(e => new { e.UserId, e.GroupId, e.PermissionKey });
        builder.Property(e => e.UserId).HasColumnName("user_id");
        builder.Property(e => e.GroupId).HasColumnName("group_id");
        builder.Property(e => e.PermissionKey).HasColumnName("permission_key").HasMaxLength(20);
        builder.MapAudit();
    }
}
