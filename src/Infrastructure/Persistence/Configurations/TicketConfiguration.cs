using GoTrs.Application.Features.Tickets.Common;
using GoTrs.Domain.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

public sealed class TicketConfiguration : IEntityTypeConfiguration<Ticket>
{
    public void Configure(EntityTypeBuilder<Ticket> builder)
    {
        builder.ToTable("ticket");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").UseSerialColumn();
        builder.Property(e => e.TicketNumber).HasColumnName("tn").HasMaxLength(50);
        builder.Property(e => e.Title).HasColumnName("title").HasMaxLength(255);
        builder.Property(e => e.QueueId).HasColumnName("queue_id");
        builder.Property(e => e.LockId).HasColumnName("ticket_lock_id").Smallint();
        builder.Property(e => e.TypeId).HasColumnName("type_id").Smallint();
        builder.Property(e => e.ServiceId).HasColumnName("service_id");
        builder.Property(e => e.SlaId).HasColumnName("sla_id");
        builder.Property(e => e.OwnerId).HasColumnName("user_id");
        builder.Property(e => e.ResponsibleId).HasColumnName("responsible_user_id");
        builder.Property(e => e.PriorityId).HasColumnName("ticket_priority_id").Smallint();
        builder.Property(e => e.StateId).HasColumnName("ticket_state_id").Smallint();
        builder.Property(e => e.CustomerId).HasColumnName("customer_id").HasMaxLength(150);
        builder.Property(e => e.CustomerUserId).HasColumnName("customer_user_id").HasMaxLength(250);
        builder.Property(e => e.TimeoutEpoch).HasColumnName("timeout");
        builder.Property(e => e.UntilTimeEpoch).HasColumnName("until_time");
        builder.Property(e => e.EscalationTimeEpoch).HasColumnName("escalation_time");
        builder.Property(e => e.EscalationUpdateTimeEpoch).HasColumnName("escalation_update_time");
        builder.Property(e => e.EscalationResponseTimeEpoch).HasColumnName("escalation_response_time");
        builder.Property(e => e.EscalationSolutionTimeEpoch).HasColumnName("escalation_solution_time");
        builder.Property(e => e.ArchiveFlag).HasColumnName("archive_flag").Smallint();
        builder.MapAudit();
        // PostgreSQL's xmin changes with every update of the row: the ticket's version for optimistic concurrency.
        builder.Property<uint>(TicketVersion.PropertyName).IsRowVersion();
    }
}
