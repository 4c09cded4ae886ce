using GoTrs.Application.Common.Interfaces;
using GoTrs.Domain.Common;
using Microsoft.EntityFrameworkCore;

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

public sealed record ResolvedReferences(
    QueueRef? Queue, StateRef? State, NamedRef? Priority, NamedRef? Type, NamedRef? Service, NamedRef? Sla,
    bool SlaMatchesService, AgentRef? Owner, AgentRef? Responsible, CustomerRef? Customer);

/// <summary>
/// Resolves every id a ticket write refers to — queue, state, priority, type, service, SLA, owner, responsible,
/// customer user (by login or e-mail) — in a single SQL statement.
/// </summary>
public static class TicketReferences
{
    public static async Task<ResolvedReferences> ResolveAsync(IAppDbContext db, ReferenceRequest r, CancellationToken ct)
    {
        // Plain locals: EF reads captured variables directly, while expressions over them (r.StateId != null) would
        // be compiled on every execution to find their value.
        var customer = r.CustomerUser?.Trim().ToLowerInvariant();
        int? queueId = r.QueueId, stateId = r.StateId, priorityId = r.PriorityId, typeId = r.TypeId;
        int? serviceId = r.ServiceId, slaId = r.SlaId, ownerId = r.OwnerId, responsibleId = r.ResponsibleId;
        bool byStateId = stateId != null, byPriorityId = priorityId != null, byTypeId = typeId != null;
        string? defaultState = r.DefaultStateName, defaultPriority = r.DefaultPriorityName, defaultType = r.DefaultTypeName;
        var row = await db.Valid.Where(v => v.Id == Validity.Valid).Select(_ => new
        {
            Queue = db.Queues.Where(q => q.Id == queueId)
                .Select(q => new QueueRef(q.Id, q.Name, q.GroupId, q.ValidId == Validity.Valid)).FirstOrDefault(),
            State = (from s in db.TicketStates
                     join t in db.TicketStateTypes on s.TypeId equals t.Id
                     where byStateId ? s.Id == stateId : s.Name == defaultState
                     select new StateRef(s.Id, s.Name, t.Name, s.ValidId == Validity.Valid)).FirstOrDefault(),
            Priority = db.TicketPriorities.Where(p => byPriorityId ? p.Id == priorityId : p.Name == defaultPriority)
                .Select(p => new NamedRef(p.Id, p.Name, p.ValidId == Validity.Valid)).FirstOrDefault(),
            Type = db.TicketTypes.Where(t => byTypeId ? t.Id == typeId : t.Name == defaultType)
                .Select(t => new NamedRef(t.Id, t.Name, t.ValidId == Validity.Valid)).FirstOrDefault(),
            Service = db.Services.Where(s => s.Id == serviceId)
                .Select(s => new NamedRef(s.Id, s.Name, s.ValidId == Validity.Valid)).FirstOrDefault(),
            Sla = db.Slas.Where(s => s.Id == slaId)
                .Select(s => new NamedRef(s.Id, s.Name, s.ValidId == Validity.Valid)).FirstOrDefault(),
            SlaMatchesService = db.ServiceSlas.Any(x => x.ServiceId == serviceId && x.SlaId == slaId),
            Owner = db.Agents.Where(a => a.Id == ownerId)
                .Select(a => new AgentRef(a.Id, a.Login, a.FirstName + " " + a.LastName, a.ValidId == Validity.Valid)).FirstOrDefault(),
            Responsible = db.Agents.Where(a => a.Id == responsibleId)
                .Select(a => new AgentRef(a.Id, a.Login, a.FirstName + " " + a.LastName, a.ValidId == Validity.Valid)).FirstOrDefault(),
            Customer = db.CustomerUsers.Where(c => c.Login.ToLower() == customer || c.Email.ToLower() == customer)
                .OrderBy(c => c.Login.ToLower() == customer ? 0 : 1)
                .Select(c => new CustomerRef(c.Login, c.CustomerId, c.Email, c.FirstName + " " + c.LastName, c.ValidId == Validity.Valid))
                .FirstOrDefault(),
        }).SingleAsync(ct);

        return new ResolvedReferences(row.Queue, row.State, row.Priority, row.Type, row.Service, row.Sla,
            row.SlaMatchesService, row.Owner, row.Responsible, row.Customer);
    }
}
