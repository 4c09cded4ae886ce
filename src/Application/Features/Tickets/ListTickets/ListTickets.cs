using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Messaging;
using GoTrs.Application.Common.Models;
using GoTrs.Application.Common.Security;
using GoTrs.Application.Features.Tickets.Common;
using GoTrs.Domain.Permissions;

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

/// <summary>Three statements whatever the page size: the caller's permissions, the capped count, the page.</summary>
public sealed class ListTicketsHandler(
    ICurrentUser caller, IPermissionService permissions, ITicketReader tickets,
    Microsoft.Extensions.Options.IOptions<TicketOptions> options)
    : IRequestHandler<ListTicketsQuery, PagedList<TicketSummaryDto>>
{
    public async Task<PagedList<TicketSummaryDto>> Handle(ListTicketsQuery request, CancellationToken cancellationToken)
    {
        var scope = caller.Kind == PrincipalKind.Customer
            ? TicketScope.ForCustomer(await permissions.CustomerVisibilityAsync(cancellationToken))
            : TicketScope.ForAgent((await permissions.AgentPermissionsAsync(cancellationToken)).GroupsWith(Permission.Ro));
        // Counting a million matches costs more than the page: count up to the limit and say when there are more.
        var limit = options.Value.ListCountLimit;
        var page = await tickets.ListAsync(request, scope, limit, cancellationToken);
        return new PagedList<TicketSummaryDto>(page.Items, request.Page, request.PageSize,
            Math.Min(page.Counted, limit), page.Counted > limit);
    }
}
