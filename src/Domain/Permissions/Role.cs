using GoTrs.Domain.Common;

namespace GoTrs.Domain.Permissions;

public sealed class Role : AuditedEntity
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string? Comments { get; set; }
    public int ValidId { get; set; } = Validity.Valid;
}
