using GoTrs.Domain.Queues;
using GoTrs.Domain.Services;
using GoTrs.Domain.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

public sealed class TicketStateConfiguration : IEntityTypeConfiguration<TicketState>
{
    public void Configure(EntityTypeBuilder<TicketState> builder)
    {
        builder.MapLookup("ticket_state");
        builder.Property(e => e.Comments).HasColumnName("comments").HasMaxLength(250);
        builder.Property(e => e.TypeId).HasColumnName("type_id").Smallint();
    }
}

public sealed class TicketStateTypeConfiguration : IEntityTypeConfiguration<TicketStateType>
{
    public void Configure(EntityTypeBuilder<TicketStateType> builder)
    {
        builder.ToTable("ticket_state_type");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").UseSerialColumn();
        builder.Property(e => e.Name).HasColumnName("name").HasMaxLength(200);
        builder.Property(e => e.Comments).HasColumnName("comments").HasMaxLength(250);
        builder.MapAudit();
    }
}

public sealed class TicketPriorityConfiguration : IEntityTypeConfiguration<TicketPriority>
{
    public void Configure(EntityTypeBuilder<TicketPriority> builder) => builder.MapLookup("ticket_priority");
}

public sealed class TicketTypeConfiguration : IEntityTypeConfiguration<TicketType>
{
    public void Configure(EntityTypeBuilder<TicketType> builder) => builder.MapLookup("ticket_type");
}

public sealed class TicketLockTypeConfiguration : IEntityTypeConfiguration<TicketLockType>
{
    public void Configure(EntityTypeBuilder<TicketLockType> builder) => builder.MapLookup("ticket_lock_type");
}

public sealed class FollowUpPossibleConfiguration : IEntityTypeConfiguration<FollowUpPossible>
{
    public void Configure(EntityTypeBuilder<FollowUpPossible> builder)
    {
        builder.MapLookup("follow_up_possible");
        builder.Property(e => e.Comments).HasColumnName("comments").HasMaxLength(250);
    }
}

public sealed class ServiceConfiguration : IEntityTypeConfiguration<Service>
{
    public void Configure(EntityTypeBuilder<Service> builder)
    {
        builder.MapLookup("service");
        builder.Property(e => e.Comments).HasColumnName("comments").HasMaxLength(250);
    }
}

public sealed class ServiceSlaConfiguration : IEntityTypeConfiguration<ServiceSla>
{
    public void Configure(EntityTypeBuilder<ServiceSla> builder)
    {
        builder.ToTable("service_sla");
        builder.HasKey(e => new { e.ServiceId, e.SlaId });
        builder.Property(e => e.ServiceId).HasColumnName("service_id");
        builder.Property(e => e.SlaId).HasColumnName("sla_id");
    }
}

public sealed class SlaConfiguration : IEntityTypeConfiguration<Sla>
{
    public void Configure(EntityTypeBuilder<Sla> builder)
    {
        builder.MapLookup("sla");
        builder.Property(e => e.CalendarName).HasColumnName("calendar_name").HasMaxLength(100);
        builder.Property(e => e.FirstResponseTime).HasColumnName("first_response_time");
        builder.Property(e => e.FirstResponseNotify).HasColumnName("first_response_notify").Smallint();
        builder.Property(e => e.UpdateTime).HasColumnName("update_time");
        builder.Property(e => e.UpdateNotify).HasColumnName("update_notify").Smallint();
        builder.Property(e => e.SolutionTime).HasColumnName("solution_time");
        builder.Property(e => e.SolutionNotify).HasColumnName("solution_notify").Smallint();
        builder.Property(e => e.Comments).HasColumnName("comments").HasMaxLength(250);
    }
}
