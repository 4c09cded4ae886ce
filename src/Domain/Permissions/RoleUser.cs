using GoTrs.Domain.Common;

namespace GoTrs.Domain.Permissions;

public sealed class RoleUser : AuditedEntity
{
    public int UserId { get; set; }
    public int RoleId { get; set; }
}
