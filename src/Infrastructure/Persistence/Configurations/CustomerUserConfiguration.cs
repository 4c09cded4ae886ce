using GoTrs.Domain.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

public sealed class CustomerUserConfiguration : IEntityTypeConfiguration<CustomerUser>
{
    public void Configure(EntityTypeBuilder<CustomerUser> builder)
    {
        builder.ToTable("customer_user");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").UseSerialColumn();
        builder.Property(e => e.Login).HasColumnName("login").HasMaxLength(200);
        builder.Property(e => e.Email).HasColumnName("email").HasMaxLength(150);
        builder.Property(e => e.CustomerId).HasColumnName("customer_id").HasMaxLength(150);
        builder.Property(e => e.PasswordHash).HasColumnName("pw").HasMaxLength(128);
        builder.Property(e => e.Title).HasColumnName("title").HasMaxLength(50);
        builder.Property(e => e.FirstName).HasColumnName("first_name").HasMaxLength(100);
        builder.Property(e => e.LastName).HasColumnName("last_name").HasMaxLength(100);
        builder.Property(e => e.Phone).HasColumnName("phone").HasMaxLength(150);
        builder.Property(e => e.Fax).HasColumnName("fax").HasMaxLength(150);
        builder.Property(e => e.Mobile).HasColumnName("mobile").HasMaxLength(150);
        builder.Property(e => e.Street).HasColumnName("street").HasMaxLength(150);
        builder.Property(e => e.Zip).HasColumnName("zip").HasMaxLength(200);
        builder.Property(e => e.City).HasColumnName("city").HasMaxLength(200);
        builder.Property(e => e.Country).HasColumnName("country").HasMaxLength(200);
        builder.Property(e => e.Comments).HasColumnName("comments").HasMaxLength(250);
        builder.Property(e => e.ValidId).HasColumnName("valid_id").Smallint();
        builder.MapAudit();
        builder.Ignore(e => e.IsValid);
        builder.Ignore(e => e.FullName);
    }
}
