using GoTrs.Domain.Permissions;

namespace GoTrs.Domain.Customers;

/// <summary>
/// Which tickets a customer user may see: always their own (ticket.customer_user_id = login); tickets of their
/// companies (ticket.customer_id) only in queues whose group the customer or the company holds a customer permission on.
/// </summary>
public sealed class CustomerVisibility
{
    public CustomerVisibility(string login, IReadOnlySet<string> companyIds, IEnumerable<(int GroupId, string Key)> grants)
    {
        Login = login;
        CompanyIds = companyIds;
        var byGroup = new Dictionary<int, SortedSet<string>>();
        foreach (var (groupId, key) in grants.Where(g => Permission.Customer.Contains(g.Key)))
        {
            if (!byGroup.TryGetValue(groupId, out var keys)) byGroup[groupId] = keys = [];
            keys.Add(key);
            if (key == Permission.Rw) keys.Add(Permission.Ro);
        }
        GroupPermissions = byGroup.ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Value.ToList());
        CompanyTicketGroupIds = byGroup.Keys.ToHashSet();
    }

    public string Login { get; }

    public IReadOnlySet<string> CompanyIds { get; }

    /// <summary>Customer permission keys (ro, rw) per group; rw implies ro.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<string>> GroupPermissions { get; }

    /// <summary>Groups in whose queues the customer sees their companies' tickets.</summary>
    public IReadOnlySet<int> CompanyTicketGroupIds { get; }

    public bool CanSee(string? ticketCustomerUserId, string? ticketCustomerId, int queueGroupId) =>
        string.Equals(ticketCustomerUserId, Login, StringComparison.OrdinalIgnoreCase)
        || (ticketCustomerId is not null
            && CompanyIds.Contains(ticketCustomerId)
            && CompanyTicketGroupIds.Contains(queueGroupId));
}
