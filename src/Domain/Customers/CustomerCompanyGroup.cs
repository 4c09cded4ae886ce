using GoTrs.Domain.Common;

namespace GoTrs.Domain.Customers;

/// <summary>A group permission of a customer company (OTRS table <c>group_customer</c>).</summary>
public sealed class CustomerCompanyGroup : AuditedEntity
{
    /// <summary>The context under which company members see the company's tickets.</summary>
    public const string SameCustomerContext = "Ticket::CustomerID::Same";
    public const string OtherCustomerContext = "Ticket::CustomerID::Other";

    public string CustomerId { get; set; } = "";
    public int GroupId { get; set; }
    public string PermissionKey { get; set; } = "";
    public int PermissionValue { get; set; } = 1;
    public string PermissionContext { get; set; } = SameCustomerContext;
}
