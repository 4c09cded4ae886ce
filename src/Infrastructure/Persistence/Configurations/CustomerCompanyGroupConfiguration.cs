using GoTrs.Domain.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

public sealed class CustomerCompanyGroupConfiguration : IEntityTypeConfiguration<CustomerCompanyGroup>
{
    public void Configure(EntityTypeBuilder<CustomerCompanyGroup> builder)
    {
        builder.ToTable("group_customer");
        builder.HasKey(e => new { e.CustomerId, e.GroupId, e.PermissionKey, e.PermissionContext });
        builder.Property(e => e.CustomerId).HasColumnName("customer_id").HasMaxLength(150);
        builder.Property(e => e.GroupId).HasColumnName("group_id");
        builder.Property(e => e.PermissionKey).HasColumnName("permission_key").HasMaxLength(20);
        builder.Property(e => e.PermissionValue).HasColumnName("permission_value").Smallint();
        builder.Property(e => e.PermissionContext).HasColumnName("permission_context").HasMaxLength(100);
        builder.MapAudit();
    }
}
