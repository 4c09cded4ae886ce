using GoTrs.Domain.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

public sealed class CustomerPreferenceConfiguration : IEntityTypeConfiguration<CustomerPreference>
{
    public void Configure(EntityTypeBuilder<CustomerPreference> builder)
    {
        builder.ToTable("customer_preferences");
        builder.HasKey(e => new { e.UserId, e.Key });
        builder.Property(e => e.UserId).HasColumnName("user_id").HasMaxLength(250);
        builder.Property(e => e.Key).HasColumnName("preferences_key").HasMaxLength(150);
        builder.Property(e => e.Value).HasColumnName("preferences_value").HasMaxLength(250);
    }
}
