using GoTrs.Domain.Agents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

/// <summary>personal_queues has no primary key; an agent lists a queue once, so (user, queue) names a row.</summary>
public sealed class PersonalQueueConfiguration : IEntityTypeConfiguration<PersonalQueue>
{
    public void Configure(EntityTypeBuilder<PersonalQueue> builder)
    {
        builder.ToTable("personal_queues");
        builder.HasKey(e => new { e.UserId, e.QueueId });
        builder.Property(e => e.UserId).HasColumnName("user_id");
        builder.Property(e => e.QueueId).HasColumnName("queue_id");
    }
}
