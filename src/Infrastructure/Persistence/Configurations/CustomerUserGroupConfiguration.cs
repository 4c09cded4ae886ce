using GoTrs.Domain.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

public sealed class CustomerUserGroupConfiguration : IEntityTypeConfiguration<CustomerUserGroup>
{
    public void Configure(EntityTypeBuilder<CustomerUserGroup> builder)
    {
        builder.ToTable("group_customer_user");
        builder.HasKey(e => new { e.UserId, e.GroupId, e.PermissionKey });
        builder.Property(e => e.UserId).HasColumnName("user_id").HasMaxLength(100);
        builder.Property(e => e.GroupId).HasColumnName("group_id");
        builder.Property(e => e.PermissionKey).HasColumnName("permission_key").HasMaxLength(20);
        builder.Property(e => e.PermissionValue).HasColumnName("permission_value").Smallint();
        builder.MapAudit();
    }
}
