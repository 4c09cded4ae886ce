using GoTrs.Domain.Agents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

/// <summary>personal_services has no primary key; an agent lists a service once, so (user, service) names a row.</summary>
public sealed class PersonalServiceConfiguration : IEntityTypeConfiguration<PersonalService>
{
    public void Configure(EntityTypeBuilder<PersonalService> builder)
    {
        builder.ToTable("personal_services");
        builder.HasKey(e => new { e.UserId, e.ServiceId });
        builder.Property(e => e.UserId).HasColumnName("user_id");
        builder.Property(e => e.ServiceId).HasColumnName("service_id");
    }
}
