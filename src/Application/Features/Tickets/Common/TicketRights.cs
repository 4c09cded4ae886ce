using GoTrs.Application.Common.Exceptions;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Security;
using GoTrs.Domain.Permissions;

namespace GoTrs.Application.Features.Tickets.Common;

/// <summary>What the caller may do with one ticket, from the OTRS permissions on the ticket queue's group.</summary>
public sealed record TicketRights(
    bool Read, bool Rw, bool MoveInto, bool Note, bool Owner, bool Priority, bool Create, bool IsCustomer)
{
    public static async Task<TicketRights> ForAsync(
        IPermissionService permissions, ICurrentUser caller, int groupId, string? customerUserId, string? customerId,
        CancellationToken ct)
    {
        switch (caller.Kind)
        {
            case PrincipalKind.Agent:
                var p = await permissions.AgentPermissionsAsync(ct);
                return new TicketRights(
                    p.Has(groupId, Permission.Ro), p.Has(groupId, Permission.Rw), p.Has(groupId, Permission.MoveInto),
                    p.Has(groupId, Permission.Note), p.Has(groupId, Permission.Owner), p.Has(groupId, Permission.Priority),
                    p.Has(groupId, Permission.Create), IsCustomer: false);
            case PrincipalKind.Customer:
                var v = await permissions.CustomerVisibilityAsync(ct);
                var sees = v.CanSee(customerUserId, customerId, groupId);
                return new TicketRights(sees, false, false, false, false, false, false, IsCustomer: true);
            default:
                throw new UnauthorizedException("Not logged in.");
        }
    }

    /// <summary>Invisible tickets are reported as missing, so that ids do not reveal which tickets exist.</summary>
    public TicketRights EnsureVisible(long ticketId)
    {
        if (!Read) throw new NotFoundException($"Ticket {ticketId} was not found.");
        return this;
    }

    public void Require(bool allowed, string what)
    {
        if (!allowed) throw new ForbiddenException($"You may not {what} on this ticket.");
    }

    /// <summary>Actions the UI may offer on the ticket.</summary>
    public IReadOnlyList<string> Actions()
    {
        if (IsCustomer) return Read ? ["read", "reply"] : [];
        var actions = new List<string>();
        if (Read) actions.AddRange(["read", "watch", "link"]);
        if (Rw) actions.AddRange(["update", "state", "lock", "responsible", "customer", "merge", "email", "timeAccounting"]);
        if (MoveInto || Rw) actions.Add("move");
        if (Note || Rw) actions.AddRange(["note", "phone"]);
        if (Owner || Rw) actions.Add("owner");
        if (Priority || Rw) actions.Add("priority");
        return actions.Distinct().ToList();
    }
}
