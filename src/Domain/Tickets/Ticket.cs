using GoTrs.Domain.Common;

namespace GoTrs.Domain.Tickets;

/// <summary>
/// A ticket (OTRS table <c>ticket</c>). Customer ids are plain strings without a foreign key because
/// customer backends may be external. The *Epoch properties are Unix seconds, 0 = not set (see <see cref="EpochTime"/>).
/// </summary>
public sealed class Ticket : AuditedEntity
{
    public long Id { get; set; }
    public string TicketNumber { get; set; } = "";
    public string? Title { get; set; }
    public int QueueId { get; set; }
    public int LockId { get; set; } = TicketLockType.Unlock;
    public int? TypeId { get; set; }
    public int? ServiceId { get; set; }
    public int? SlaId { get; set; }
    public int OwnerId { get; set; }
    public int ResponsibleId { get; set; }
    public int PriorityId { get; set; }
    public int StateId { get; set; }
    public string? CustomerId { get; set; }
    public string? CustomerUserId { get; set; }

    /// <summary>When the ticket was locked; the queue's unlock timeout counts from here.</summary>
    public int TimeoutEpoch { get; set; }

    /// <summary>Pending-until time of pending states.</summary>
    public int UntilTimeEpoch { get; set; }

    /// <summary>The nearest of the three escalation times below.</summary>
    public int EscalationTimeEpoch { get; set; }
    public int EscalationUpdateTimeEpoch { get; set; }
    public int EscalationResponseTimeEpoch { get; set; }
    public int EscalationSolutionTimeEpoch { get; set; }

    /// <summary>0/1; archived tickets drop out of default searches.</summary>
    public int ArchiveFlag { get; set; }
}
