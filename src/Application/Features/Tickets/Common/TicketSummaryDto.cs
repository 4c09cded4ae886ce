using GoTrs.Domain.Common;

namespace GoTrs.Application.Features.Tickets.Common;

public sealed record EscalationDto(DateTimeOffset? NextAt, DateTimeOffset? ResponseAt, DateTimeOffset? UpdateAt, DateTimeOffset? SolutionAt);

/// <summary>A ticket with resolved names, as lists show it and as the head of the zoom.</summary>
public sealed record TicketSummaryDto(
    long Id, string TicketNumber, string? Title,
    int QueueId, string Queue, int StateId, string State, string StateType, int PriorityId, string Priority,
    int LockId, string Lock, int? TypeId, string? Type, int? ServiceId, string? Service, int? SlaId, string? Sla,
    int OwnerId, string OwnerLogin, string OwnerName, int ResponsibleId, string ResponsibleLogin, string ResponsibleName,
    string? CustomerUserId, string? CustomerId, DateTime Created, DateTime Changed, DateTimeOffset? PendingUntil,
    EscalationDto Escalation, bool IsArchived, string Version)
{
    /// <summary>Built in memory from a row read with its version; epoch seconds become times here.</summary>
    public static TicketSummaryDto From(TicketRow r, uint version)
    {
        var t = r.Ticket;
        return new TicketSummaryDto(
            t.Id, t.TicketNumber, t.Title, t.QueueId, r.Queue, t.StateId, r.State, r.StateType, t.PriorityId, r.Priority,
            t.LockId, r.Lock, t.TypeId, r.Type, t.ServiceId, r.Service, t.SlaId, r.Sla, t.OwnerId, r.OwnerLogin,
            r.OwnerName.Trim(), t.ResponsibleId, r.ResponsibleLogin, r.ResponsibleName.Trim(), t.CustomerUserId,
            t.CustomerId, t.CreateTime, t.ChangeTime, EpochTime.ToDateTime(t.UntilTimeEpoch),
            new EscalationDto(EpochTime.ToDateTime(t.EscalationTimeEpoch), EpochTime.ToDateTime(t.EscalationResponseTimeEpoch),
                EpochTime.ToDateTime(t.EscalationUpdateTimeEpoch), EpochTime.ToDateTime(t.EscalationSolutionTimeEpoch)),
            t.ArchiveFlag == 1, TicketVersion.ToETag(version));
    }
}
