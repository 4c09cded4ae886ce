using GoTrs.Domain.Common;

namespace GoTrs.Domain.Customers;

/// <summary>An extra company a customer user belongs to (OTRS table <c>customer_user_customer</c>).</summary>
public sealed class CustomerUserCustomer : AuditedEntity
{
    public string UserId { get; set; } = "";
    public string CustomerId { get; set; } = "";
}
