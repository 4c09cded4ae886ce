using GoTrs.Domain.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

public sealed class CustomerCompanyConfiguration : IEntityTypeConfiguration<CustomerCompany>
{
    public void Configure(EntityTypeBuilder<CustomerCompany> builder)
    {
        builder.ToTable("customer_company");
        builder.HasKey(e => e.CustomerId);
        builder.Property(e => e.CustomerId).HasColumnName("customer_id").HasMaxLength(150).ValueGeneratedNever();
        builder.Property(e => e.Name).HasColumnName("name").HasMaxLength(200);
        builder.Property(e => e.Street).HasColumnName("street").HasMaxLength(200);
        builder.Property(e => e.Zip).HasColumnName("zip").HasMaxLength(200);
        builder.Property(e => e.City).HasColumnName("city").HasMaxLength(200);
        builder.Property(e => e.Country).HasColumnName("country").HasMaxLength(200);
        builder.Property(e => e.Url).HasColumnName("url").HasMaxLength(200);
        builder.Property(e => e.Comments).HasColumnName("comments").HasMaxLength(250);
        builder.Property(e => e.ValidId).HasColumnName("valid_id").Smallint();
        builder.MapAudit();
    }
}
