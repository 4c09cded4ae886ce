namespace GoTrs.Domain.Permissions;

/// <summary>
/// One grant of a permission key on a group, as read from group_user or group_role. A grant counts only when
/// its group (and, for role grants, its role) is valid and its value is set.
/// </summary>
public sealed record PermissionGrant(int GroupId, string Key, bool GroupValid = true, bool RoleValid = true, bool Value = true)
{
    public bool IsEffective => GroupValid && RoleValid && Value && Permission.IsKnown(Key);
}
