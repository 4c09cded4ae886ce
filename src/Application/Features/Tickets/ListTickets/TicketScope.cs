using GoTrs.Domain.Customers;

namespace GoTrs.Application.Features.Tickets.ListTickets;

/// <summary>
/// Which tickets a list may show the caller: an agent those in queues of the groups they hold <c>ro</c> on; a customer
/// their own and, in queues of the groups their companies are granted, their companies' tickets.
/// </summary>
public sealed record TicketScope
{
    private TicketScope(IReadOnlyCollection<int>? agentGroupIds, CustomerVisibility? customer)
    {
        AgentGroupIds = agentGroupIds;
        Customer = customer;
    }

    /// <summary>Set for agents: the groups whose queues they may list.</summary>
    public IReadOnlyCollection<int>? AgentGroupIds { get; }

    /// <summary>Set for customers.</summary>
    public CustomerVisibility? Customer { get; }

    public static TicketScope ForAgent(IReadOnlyCollection<int> groupIds) => new(groupIds, null);

    public static TicketScope ForCustomer(CustomerVisibility visibility) => new(null, visibility);
}

/// <summary>A list page with the capped count of all matches (<see cref="Counted"/> exceeds the limit when there are more).</summary>
public sealed record TicketListPage(int Counted, IReadOnlyList<Common.TicketSummaryDto> Items);
