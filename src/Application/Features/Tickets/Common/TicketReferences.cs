namespace GoTrs.Application.Features.Tickets.Common;

public sealed record ReferenceRequest(
    int? QueueId = null, int? StateId = null, int? PriorityId = null, int? TypeId = null, int? ServiceId = null,
    int? SlaId = null, int? OwnerId = null, int? ResponsibleId = null, string? CustomerUser = null,
    string? DefaultStateName = null, string? DefaultPriorityName = null, string? DefaultTypeName = null);

public sealed record QueueRef(int Id, string Name, int GroupId, bool Valid);
public sealed record StateRef(int Id, string Name, string TypeName, bool Valid);
public sealed record NamedRef(int Id, string Name, bool Valid);
public sealed record AgentRef(int Id, string Login, string FullName, bool Valid);
public sealed record CustomerRef(string Login, string CustomerId, string Email, string FullName, bool Valid);

/// <param name="Escalates">The SLA (or, without one, the queue) sets an escalation time.</param>
public sealed record ResolvedReferences(
    QueueRef? Queue, StateRef? State, NamedRef? Priority, NamedRef? Type, NamedRef? Service, NamedRef? Sla,
    bool SlaMatchesService, AgentRef? Owner, AgentRef? Responsible, CustomerRef? Customer, bool Escalates = true);

/// <summary>
/// Resolves every id a ticket write refers to — queue, state, priority, type, service, SLA, owner, responsible,
/// customer user (by login or e-mail) — in a single SQL statement; ids not given fall back to the default names.
/// </summary>
public interface ITicketReferenceReader
{
    Task<ResolvedReferences> ResolveAsync(ReferenceRequest request, CancellationToken cancellationToken);
}
