namespace GoTrs.Domain.Customers;

/// <summary>
/// Which tickets a customer user may see: always their own (ticket.customer_user_id = login); tickets of their
/// companies (ticket.customer_id) only in queues whose group the customer or the company holds a customer permission on.
/// </summary>
public sealed record CustomerVisibility(string Login, IReadOnlySet<string> CompanyIds, IReadOnlySet<int> CompanyTicketGroupIds)
{
    public bool CanSee(string? ticketCustomerUserId, string? ticketCustomerId, int queueGroupId) =>
        string.Equals(ticketCustomerUserId, Login, StringComparison.OrdinalIgnoreCase)
        || (ticketCustomerId is not null
            && CompanyIds.Contains(ticketCustomerId)
            && CompanyTicketGroupIds.Contains(queueGroupId));
}
