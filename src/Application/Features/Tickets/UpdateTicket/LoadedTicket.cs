using GoTrs.Application.Common.Exceptions;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Security;
using GoTrs.Application.Features.Tickets.Common;
using GoTrs.Domain.Tickets;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Application.Features.Tickets.UpdateTicket;

/// <summary>A tracked ticket with the names of what it refers to (for history texts) and the caller's rights on it.</summary>
public sealed record LoadedTicket(
    Ticket Ticket, int GroupId, string Queue, string State, string StateType, string Priority, string? Type,
    string? Service, string? Sla, TicketRights Rights)
{
    /// <summary>Loads for writing: missing or invisible tickets are 404.</summary>
    public static async Task<LoadedTicket> LoadAsync(
        IAppDbContext db, IPermissionService permissions, ICurrentUser caller, TicketLocator locator, CancellationToken ct)
    {
        var row = await locator.Apply(TicketRows.Query(db, tracked: true))
            .Select(r => new { r.Ticket, r.GroupId, r.Queue, r.State, r.StateType, r.Priority, r.Type, r.Service, r.Sla })
            .FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException($"Ticket {locator.Number} was not found.");
        var rights = (await TicketRights.ForAsync(permissions, caller, row.GroupId, row.Ticket.CustomerUserId,
            row.Ticket.CustomerId, ct)).EnsureVisible(row.Ticket.Id);
        return new LoadedTicket(row.Ticket, row.GroupId, row.Queue, row.State, row.StateType, row.Priority, row.Type,
            row.Service, row.Sla, rights);
    }

    public LoadedTicket AgentsOnly(string what)
    {
        if (Rights.IsCustomer) throw new ForbiddenException($"{what} is for agents only.");
        return this;
    }

    /// <summary>Loads many for writing in one statement; invisible tickets are left out.</summary>
    public static async Task<Dictionary<long, LoadedTicket>> LoadManyAsync(
        IAppDbContext db, IPermissionService permissions, ICurrentUser caller, IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        var rows = await TicketRows.Query(db, tracked: true).Where(r => ids.Contains(r.Ticket.Id))
            .Select(r => new { r.Ticket, r.GroupId, r.Queue, r.State, r.StateType, r.Priority, r.Type, r.Service, r.Sla })
            .ToListAsync(ct);
        var result = new Dictionary<long, LoadedTicket>();
        foreach (var row in rows)
        {
            var rights = await TicketRights.ForAsync(permissions, caller, row.GroupId, row.Ticket.CustomerUserId, row.Ticket.CustomerId, ct);
            if (rights.Read)
                result[row.Ticket.Id] = new LoadedTicket(row.Ticket, row.GroupId, row.Queue, row.State, row.StateType,
                    row.Priority, row.Type, row.Service, row.Sla, rights);
        }
        return result;
    }
}
