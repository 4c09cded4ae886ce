namespace GoTrs.Domain.Common;

public sealed class Valid : AuditedEntity
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
}
