using GoTrs.Application.Common.Exceptions;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Security;
using GoTrs.Application.Features.Tickets.Common;
using GoTrs.Domain.Common;
using GoTrs.Domain.Permissions;
using GoTrs.Domain.Tickets;

namespace GoTrs.Application.Features.Tickets.UpdateTicket;

/// <summary>
/// Applies ticket changes with OTRS semantics and history: moving needs move_into on both queues, priority needs
/// priority, owner needs owner (and locks the ticket for the new owner), everything else rw; closing unlocks.
/// </summary>
public sealed class TicketUpdater(
    ICurrentUser caller, IPermissionService permissions, IAgentGrantReader grants,
    ITicketReferenceReader references, HistoryTypeCache history, TimeProvider clock)
{
    public async Task<List<TicketHistory>> ApplyAsync(LoadedTicket loaded, TicketChanges c, CancellationToken ct)
    {
        var (t, rights) = (loaded.Ticket, loaded.Rights);
        if (rights.IsCustomer) throw new ForbiddenException("Customers cannot change tickets.");
        if (c.IsEmpty) throw new ValidationException("body", "Nothing to change.");
        var refs = await references.ResolveAsync(new ReferenceRequest(
            c.QueueId.IsSet ? c.QueueId.Value : null, c.StateId.IsSet ? c.StateId.Value : null,
            c.PriorityId.IsSet ? c.PriorityId.Value : null, c.TypeId.IsSet ? c.TypeId.Value : null,
            c.ServiceId.IsSet ? c.ServiceId.Value : t.ServiceId, c.SlaId.IsSet ? c.SlaId.Value : null,
            c.OwnerId.IsSet ? c.OwnerId.Value : null, c.ResponsibleId.IsSet ? c.ResponsibleId.Value : null,
            c.CustomerUser.IsSet ? c.CustomerUser.Value : null), ct);
        var errors = new FieldErrors();
        var entries = new List<(string Type, string Name)>();
        var now = clock.GetUtcNow();

        if (c.Title.IsSet)
        {
            rights.Require(rights.Rw, "change the title");
            var title = c.Title.Value.Trim();
            if (title.Length is 0 or > 255) errors.Add("title", "Give a title of 1 to 255 characters.");
            else if (title != t.Title) { entries.Add((HistoryTypes.TitleUpdate, $"%%{t.Title}%%{title}")); t.Title = title; }
        }
        if (c.QueueId.IsSet && c.QueueId.Value != t.QueueId)
        {
            rights.Require(rights.MoveInto || rights.Rw, "move the ticket");
            if (ReferenceChecks.Valid(refs.Queue, "queueId", errors) is { } q)
            {
                if (!(await permissions.AgentPermissionsAsync(ct)).Has(q.GroupId, Permission.MoveInto))
                    throw new ForbiddenException($"You may not move tickets into queue '{q.Name}'.");
                entries.Add((HistoryTypes.Move, $"%%{q.Name}%%{q.Id}%%{loaded.Queue}%%{t.QueueId}"));
                t.QueueId = q.Id;
            }
        }
        ApplyState(loaded, c, refs, errors, entries, now);
        if (c.PriorityId.IsSet && c.PriorityId.Value != t.PriorityId)
        {
            rights.Require(rights.Priority || rights.Rw, "change the priority");
            if (ReferenceChecks.Valid(refs.Priority, "priorityId", errors) is { } p)
            {
                entries.Add((HistoryTypes.PriorityUpdate, $"%%{loaded.Priority}%%{t.PriorityId}%%{p.Name}%%{p.Id}"));
                t.PriorityId = p.Id;
            }
        }
        ApplyClassification(loaded, c, refs, errors, entries);
        await ApplyPeopleAsync(loaded, c, refs, errors, entries, now, ct);
        errors.ThrowIfAny();

        var result = new List<TicketHistory>();
        foreach (var (type, name) in entries) result.Add(await history.EntryAsync(t, type, name, null, ct));
        return result;
    }

    private void ApplyState(LoadedTicket loaded, TicketChanges c, ResolvedReferences refs, FieldErrors errors,
        List<(string, string)> entries, DateTimeOffset now)
    {
        var t = loaded.Ticket;
        var stateType = loaded.StateType;
        if (c.StateId.IsSet && c.StateId.Value != t.StateId)
        {
            loaded.Rights.Require(loaded.Rights.Rw, "change the state");
            if (ReferenceChecks.Valid(refs.State, "stateId", errors) is { } s)
            {
                entries.Add((HistoryTypes.StateUpdate, $"%%{loaded.State}%%{s.Name}%%"));
                t.StateId = s.Id;
                stateType = s.TypeName;
                if (s.TypeName == TicketStateType.Closed && t.LockId != TicketLockType.Unlock)
                {
                    t.LockId = TicketLockType.Unlock;
                    entries.Add((HistoryTypes.Unlock, "%%unlock"));
                }
            }
        }
        var pending = TicketStateType.IsPending(stateType);
        if (pending && (c.PendingUntil.IsSet || c.StateId.IsSet))
        {
            loaded.Rights.Require(loaded.Rights.Rw, "set the pending time");
            var until = c.PendingUntil.IsSet ? c.PendingUntil.Value : EpochTime.ToDateTime(t.UntilTimeEpoch);
            var epoch = PendingTime.Resolve(new StateRef(t.StateId, "pending", stateType, true), until, clock, errors);
            if (epoch != 0 && epoch != t.UntilTimeEpoch)
            {
                t.UntilTimeEpoch = epoch;
                entries.Add((HistoryTypes.SetPendingTime, $"%%{EpochTime.ToDateTime(epoch):yyyy-MM-dd HH:mm}"));
            }
        }
        else if (!pending)
        {
            if (c.PendingUntil is { IsSet: true, Value: not null }) errors.Add("pendingUntil", "Only pending states take a pending time.");
            if (c.StateId.IsSet) t.UntilTimeEpoch = 0;
        }
    }

    private static void ApplyClassification(LoadedTicket loaded, TicketChanges c, ResolvedReferences refs, FieldErrors errors,
        List<(string, string)> entries)
    {
        var t = loaded.Ticket;
        if (c.TypeId.IsSet && c.TypeId.Value != t.TypeId)
        {
            loaded.Rights.Require(loaded.Rights.Rw, "change the type");
            var type = c.TypeId.Value is null ? null : ReferenceChecks.Valid(refs.Type, "typeId", errors);
            if (c.TypeId.Value is null || type is not null)
            {
                entries.Add((HistoryTypes.TypeUpdate, $"%%{type?.Name}%%{type?.Id}%%{loaded.Type}%%{t.TypeId}"));
                t.TypeId = type?.Id;
            }
        }
        if (c.ServiceId.IsSet && c.ServiceId.Value != t.ServiceId)
        {
            loaded.Rights.Require(loaded.Rights.Rw, "change the service");
            var service = c.ServiceId.Value is null ? null : ReferenceChecks.Valid(refs.Service, "serviceId", errors);
            if (c.ServiceId.Value is null || service is not null)
            {
                entries.Add((HistoryTypes.ServiceUpdate, $"%%{service?.Name}%%{service?.Id}%%{loaded.Service}%%{t.ServiceId}"));
                t.ServiceId = service?.Id;
                if (!c.SlaId.IsSet && t.SlaId is not null && service is null) t.SlaId = null;
            }
        }
        if (c.SlaId.IsSet && c.SlaId.Value != t.SlaId)
        {
            loaded.Rights.Require(loaded.Rights.Rw, "change the SLA");
            var sla = c.SlaId.Value is null ? null : ReferenceChecks.Valid(refs.Sla, "slaId", errors);
            if (sla is not null && (t.ServiceId is null || !refs.SlaMatchesService))
                errors.Add("slaId", "The SLA does not apply to the ticket's service.");
            else if (c.SlaId.Value is null || sla is not null)
            {
                entries.Add((HistoryTypes.SlaUpdate, $"%%{sla?.Name}%%{sla?.Id}%%{loaded.Sla}%%{t.SlaId}"));
                t.SlaId = sla?.Id;
            }
        }
    }

    private async Task ApplyPeopleAsync(LoadedTicket loaded, TicketChanges c, ResolvedReferences refs, FieldErrors errors,
        List<(string, string)> entries, DateTimeOffset now, CancellationToken ct)
    {
        var (t, rights) = (loaded.Ticket, loaded.Rights);
        var closed = loaded.StateType == TicketStateType.Closed || refs.State?.TypeName == TicketStateType.Closed;
        if (c.OwnerId.IsSet && c.OwnerId.Value != t.OwnerId)
        {
            rights.Require(rights.Owner || rights.Rw, "change the owner");
            if (ReferenceChecks.Valid(refs.Owner, "ownerId", errors) is { } owner)
            {
                var theirs = await grants.ForAgentAsync(owner.Id, ct);
                if (!theirs.Has(GroupOf(loaded, refs), Permission.Owner))
                    errors.Add("ownerId", $"{owner.Login} may not own tickets in this queue.");
                else
                {
                    t.OwnerId = owner.Id;
                    entries.Add((HistoryTypes.OwnerUpdate, $"%%{owner.Login}%%{owner.Id}"));
                    if (!c.Lock.IsSet && !closed && t.LockId == TicketLockType.Unlock) Lock(t, entries, now);
                }
            }
        }
        if (c.ResponsibleId.IsSet && c.ResponsibleId.Value != t.ResponsibleId)
        {
            rights.Require(rights.Rw, "change the responsible agent");
            if (ReferenceChecks.Valid(refs.Responsible, "responsibleId", errors) is { } r)
            {
                t.ResponsibleId = r.Id;
                entries.Add((HistoryTypes.ResponsibleUpdate, $"%%{r.Login}%%{r.Id}"));
            }
        }
        if (c.Lock.IsSet)
        {
            rights.Require(rights.Rw, c.Lock.Value ? "lock the ticket" : "unlock the ticket");
            if (c.Lock.Value && t.LockId == TicketLockType.Unlock)
            {
                if (closed) errors.Add("lock", "Closed tickets cannot be locked.");
                else
                {
                    if (!c.OwnerId.IsSet && caller.AgentId is { } me && t.OwnerId != me)
                    {
                        t.OwnerId = me;
                        entries.Add((HistoryTypes.OwnerUpdate, $"%%{caller.Login}%%{me}"));
                    }
                    Lock(t, entries, now);
                }
            }
            else if (!c.Lock.Value && t.LockId != TicketLockType.Unlock)
            {
                t.LockId = TicketLockType.Unlock;
                entries.Add((HistoryTypes.Unlock, "%%unlock"));
            }
        }
        if (c.CustomerUser.IsSet || c.CustomerId.IsSet)
        {
            rights.Require(rights.Rw, "change the customer");
            var login = c.CustomerUser.IsSet ? refs.Customer?.Login ?? (IsEmail(c.CustomerUser.Value) ? c.CustomerUser.Value.Trim() : null) : t.CustomerUserId;
            if (c.CustomerUser.IsSet && login is null)
                errors.Add("customerUser", "Give the login or e-mail address of a customer user, or a valid e-mail address.");
            else
            {
                var customerId = c.CustomerId.IsSet ? c.CustomerId.Value : c.CustomerUser.IsSet ? refs.Customer?.CustomerId ?? login : t.CustomerId;
                if (customerId is { Length: > 150 }) errors.Add("customerId", "At most 150 characters.");
                else if (login != t.CustomerUserId || customerId != t.CustomerId)
                {
                    t.CustomerUserId = login;
                    t.CustomerId = customerId;
                    entries.Add((HistoryTypes.CustomerUpdate, $"%%CustomerID={customerId};CustomerUser={login};"));
                }
            }
        }
    }

    /// <summary>The group of the ticket's queue after this change (it may have moved).</summary>
    private static int GroupOf(LoadedTicket loaded, ResolvedReferences refs) =>
        refs.Queue is { } q && q.Id == loaded.Ticket.QueueId ? q.GroupId : loaded.GroupId;

    private static void Lock(Ticket t, List<(string, string)> entries, DateTimeOffset now)
    {
        t.LockId = TicketLockType.Lock;
        t.TimeoutEpoch = EpochTime.FromDateTime(now);
        entries.Add((HistoryTypes.Lock, "%%lock"));
    }

    private static bool IsEmail(string value) => System.Net.Mail.MailAddress.TryCreate(value.Trim(), out _);
}
