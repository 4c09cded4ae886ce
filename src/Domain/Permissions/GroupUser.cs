using GoTrs.Domain.Common;

namespace GoTrs.Domain.Permissions;

/// <summary>A permission an agent holds directly on a group (OTRS table <c>group_user</c>, one row per key).</summary>
public sealed class GroupUser : AuditedEntity
{
    public int UserId { get; set; }
    public int GroupId { get; set; }
    public string PermissionKey { get; set; } = "";
}
