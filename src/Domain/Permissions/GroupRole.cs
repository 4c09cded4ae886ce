using GoTrs.Domain.Common;

namespace GoTrs.Domain.Permissions;

/// <summary>A permission a role holds on a group (OTRS table <c>group_role</c>); only rows with value 1 grant.</summary>
public sealed class GroupRole : AuditedEntity
{
    public int RoleId { get; set; }
    public int GroupId { get; set; }
    public string PermissionKey { get; set; } = "";
    public int PermissionValue { get; set; } = 1;
}
