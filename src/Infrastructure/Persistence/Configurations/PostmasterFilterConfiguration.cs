using GoTrs.Domain.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

/// <summary>
/// postmaster_filter has no primary key. Znuny deletes and re-inserts all rows of a filter on every save, and a
/// repeated (type, header, value) line would mean nothing, so those columns with the filter name serve as the EF key.
/// </summary>
public sealed class PostmasterFilterConfiguration : IEntityTypeConfiguration<PostmasterFilter>
{
    public void Configure(EntityTypeBuilder<PostmasterFilter> builder)
    {
        builder.ToTable("postmaster_filter");
        builder.HasKey(e => new { e.Name, e.Type, e.Key, e.Value });
        builder.Property(e => e.Name).HasColumnName("f_name").HasMaxLength(200);
        builder.Property(e => e.Stop).HasColumnName("f_stop").Smallint();
        builder.Property(e => e.Type).HasColumnName("f_type").HasMaxLength(20);
        builder.Property(e => e.Key).HasColumnName("f_key").HasMaxLength(200);
        builder.Property(e => e.Value).HasColumnName("f_value").HasMaxLength(200);
        builder.Property(e => e.Not).HasColumnName("f_not").Smallint();
    }
}
