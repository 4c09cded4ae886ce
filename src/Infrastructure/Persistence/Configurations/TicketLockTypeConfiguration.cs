using GoTrs.Domain.Queues;
using GoTrs.Domain.Services;
using GoTrs.Domain.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

public sealed class TicketLockTypeConfiguration : IEntityTypeConfiguration<TicketLockType>
{
    public void Configure(EntityTypeBuilder<TicketLockType> builder) => builder.MapLookup("ticket_lock_type");
}
