using GoTrs.Domain.Common;

namespace GoTrs.Domain.Customers;

/// <summary>A group permission of a customer user (OTRS table <c>group_customer_user</c>; UserId is the login).</summary>
public sealed class CustomerUserGroup : AuditedEntity
{
    public string UserId { get; set; } = "";
    public int GroupId { get; set; }
    public string PermissionKey { get; set; } = "";
    public int PermissionValue { get; set; } = 1;
}
