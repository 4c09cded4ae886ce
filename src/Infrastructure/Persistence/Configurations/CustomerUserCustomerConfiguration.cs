using GoTrs.Domain.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

public sealed class CustomerUserCustomerConfiguration : IEntityTypeConfiguration<CustomerUserCustomer>
{
    public void Configure(EntityTypeBuilder<CustomerUserCustomer> builder)
    {
        builder.ToTable("customer_user_customer");
        builder.HasKey(e => new { e.UserId, e.CustomerId });
        builder.Property(e => e.UserId).HasColumnName("user_id").HasMaxLength(200);
        builder.Property(e => e.CustomerId).HasColumnName("customer_id").HasMaxLength(150);
        builder.MapAudit();
    }
}
