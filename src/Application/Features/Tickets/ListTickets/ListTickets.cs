using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Messaging;
using GoTrs.Application.Common.Models;
using GoTrs.Application.Common.Security;
using GoTrs.Application.Features.Tickets.Common;
using GoTrs.Domain.Permissions;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Application.Features.Tickets.ListTickets;

/// <summary>Ticket list and search. Every list filter is optional; lists hold ids (any match).</summary>
public sealed record ListTicketsQuery : IRequest<PagedList<TicketSummaryDto>>
{
    public IReadOnlyList<int> QueueIds { get; init; } = [];
    public IReadOnlyList<int> StateIds { get; init; } = [];
    public IReadOnlyList<string> StateTypes { get; init; } = [];
    public IReadOnlyList<int> PriorityIds { get; init; } = [];
    public IReadOnlyList<int> TypeIds { get; init; } = [];
    public IReadOnlyList<int> ServiceIds { get; init; } = [];
    public IReadOnlyList<int> SlaIds { get; init; } = [];
    public IReadOnlyList<int> OwnerIds { get; init; } = [];
    public IReadOnlyList<int> ResponsibleIds { get; init; } = [];
    public string? CustomerUser { get; init; }
    public string? CustomerId { get; init; }
    /// <summary>"locked" or "unlocked" (OTRS's lock type names "lock" and "unlock" are accepted too).</summary>
    public string? Lock { get; init; }
    public DateTimeOffset? CreatedFrom { get; init; }
    public DateTimeOffset? CreatedTo { get; init; }
    public DateTimeOffset? ChangedFrom { get; init; }
    public DateTimeOffset? ChangedTo { get; init; }
    public DateTimeOffset? PendingFrom { get; init; }
    public DateTimeOffset? PendingTo { get; init; }
    public DateTimeOffset? EscalationFrom { get; init; }
    public DateTimeOffset? EscalationTo { get; init; }
    /// <summary>Part of a ticket number (trigram-indexed).</summary>
    public string? TicketNumber { get; init; }
    /// <summary>Part of a title, case-insensitive (trigram-indexed).</summary>
    public string? Title { get; init; }
    /// <summary>Full text over article subjects and bodies (web search syntax: words, "phrases", -excluded, or).</summary>
    public string? Q { get; init; }
    public bool IncludeArchived { get; init; }
    public string? Sort { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 25;
}

/// <summary>Three statements whatever the page size: the caller's permissions, the count, the page.</summary>
public sealed class ListTicketsHandler(
    IAppDbContext db, ICurrentUser caller, IPermissionService permissions, ITicketTextSearch search,
    Microsoft.Extensions.Options.IOptions<TicketOptions> options)
    : IRequestHandler<ListTicketsQuery, PagedList<TicketSummaryDto>>
{
    public async Task<PagedList<TicketSummaryDto>> Handle(ListTicketsQuery request, CancellationToken cancellationToken)
    {
        var visible = await VisibleAsync(TicketRows.Query(db), cancellationToken);
        var customer = caller.Kind == PrincipalKind.Customer;
        // Counting a million matches costs more than the page: count up to the limit and say when there are more.
        var limit = options.Value.ListCountLimit;
        var counted = await TicketFilters.Apply(visible, request, db, search, customer)
            .Select(r => r.Ticket.Id).Take(limit + 1).CountAsync(cancellationToken);
        var rows = TicketFilters.Apply(visible, request, db, search, customer, fewTextMatches: counted <= limit);
        var paging = new Paging(request.Page, request.PageSize);
        var page = await TicketSorting.Apply(rows, request.Sort).Skip(paging.Skip).Take(paging.PageSize)
            .WithVersion().ToListAsync(cancellationToken);
        return new PagedList<TicketSummaryDto>(page.Select(p => p.ToDto()).ToList(), paging.Page, paging.PageSize,
            Math.Min(counted, limit), counted > limit);
    }

    private async Task<IQueryable<TicketRow>> VisibleAsync(IQueryable<TicketRow> rows, CancellationToken ct)
    {
        if (caller.Kind == PrincipalKind.Customer)
        {
            var v = await permissions.CustomerVisibilityAsync(ct);
            // The login is the canonical one from customer_user, so plain equality can use ticket_customer_user_id.
            var login = v.Login;
            var companies = v.CompanyIds.ToList();
            var companyQueues = TicketScopes.QueuesOf(db, v.CompanyTicketGroupIds);
            return rows.Where(r => r.Ticket.CustomerUserId == login
                                   || (companies.Contains(r.Ticket.CustomerId!) && companyQueues.Contains(r.Ticket.QueueId)));
        }
        return rows.InGroups(db, (await permissions.AgentPermissionsAsync(ct)).GroupsWith(Permission.Ro));
    }
}
