using GoTrs.Domain.Queues;
using GoTrs.Domain.Services;
using GoTrs.Domain.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

public sealed class FollowUpPossibleConfiguration : IEntityTypeConfiguration<FollowUpPossible>
{
    public void Configure(EntityTypeBuilder<FollowUpPossible> builder)
    {
        builder.MapLookup("follow_up_possible");
        builder.Property(e => e.Comments).HasColumnName("comments").HasMaxLength(250);
    }
}
