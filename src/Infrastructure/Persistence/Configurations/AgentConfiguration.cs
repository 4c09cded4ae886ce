using GoTrs.Domain.Agents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

public sealed class AgentConfiguration : IEntityTypeConfiguration<Agent>
{
    public void Configure(EntityTypeBuilder<Agent> builder)
    {
        builder.ToTable("users");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").UseSerialColumn();
        builder.Property(e => e.Login).HasColumnName("login").HasMaxLength(200);
        builder.Property(e => e.PasswordHash).HasColumnName("pw").HasMaxLength(128);
        builder.Property(e => e.Title).HasColumnName("title").HasMaxLength(50);
        builder.Property(e => e.FirstName).HasColumnName("first_name").HasMaxLength(100);
        builder.Property(e => e.LastName).HasColumnName("last_name").HasMaxLength(100);
        builder.Property(e => e.ValidId).HasColumnName("valid_id").Smallint();
        builder.MapAudit();
        builder.Ignore(e => e.IsValid);
        builder.Ignore(e => e.FullName);
    }
}
