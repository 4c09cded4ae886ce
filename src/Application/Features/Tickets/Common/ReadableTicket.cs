using GoTrs.Application.Common.Exceptions;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Security;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Application.Features.Tickets.Common;

/// <summary>The little a read-only use case needs to know about a ticket: its id and the caller's rights on it.</summary>
public sealed record ReadableTicket(long Id, string TicketNumber, int GroupId, TicketRights Rights)
{
    /// <summary>One statement plus the caller's permissions; missing or invisible tickets are 404.</summary>
    public static async Task<ReadableTicket> LoadAsync(
        IAppDbContext db, IPermissionService permissions, ICurrentUser caller, string idOrNumber, CancellationToken ct)
    {
        var head = await TicketLocator.Parse(idOrNumber).Apply(TicketRows.Query(db))
            .Select(r => new { r.Ticket.Id, r.Ticket.TicketNumber, r.GroupId, r.Ticket.CustomerUserId, r.Ticket.CustomerId })
            .FirstOrDefaultAsync(ct) ?? throw new NotFoundException($"Ticket {idOrNumber} was not found.");
        var rights = (await TicketRights.ForAsync(permissions, caller, head.GroupId, head.CustomerUserId, head.CustomerId, ct))
            .EnsureVisible(head.Id);
        return new ReadableTicket(head.Id, head.TicketNumber, head.GroupId, rights);
    }

    public ReadableTicket AgentsOnly(string what)
    {
        if (Rights.IsCustomer) throw new ForbiddenException($"{what} is for agents only.");
        return this;
    }
}
