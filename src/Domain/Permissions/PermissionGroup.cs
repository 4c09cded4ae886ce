using GoTrs.Domain.Common;

namespace GoTrs.Domain.Permissions;

/// <summary>A permission group (OTRS table <c>permission_groups</c>). Every queue belongs to one.</summary>
public sealed class PermissionGroup : AuditedEntity
{
    public const string AdminGroupName = "admin";
    public const string UsersGroupName = "users";

    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string? Comments { get; set; }
    public int ValidId { get; set; } = Validity.Valid;
}
