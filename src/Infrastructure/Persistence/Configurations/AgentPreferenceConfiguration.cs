using GoTrs.Domain.Agents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

/// <summary>user_preferences has no primary key; (user_id, preferences_key) is the convention Znuny keeps.</summary>
public sealed class AgentPreferenceConfiguration : IEntityTypeConfiguration<AgentPreference>
{
    public void Configure(EntityTypeBuilder<AgentPreference> builder)
    {
        builder.ToTable("user_preferences");
        builder.HasKey(e => new { e.UserId, e.Key });
        builder.Property(e => e.UserId).HasColumnName("user_id");
        builder.Property(e => e.Key).HasColumnName("preferences_key").HasMaxLength(150);
        builder.Property(e => e.Value).HasColumnName("preferences_value").HasColumnType("text");
    }
}
