namespace GoTrs.Domain.Common;

/// <summary>The shape of OTRS's small lookup tables: id, unique name, validity.</summary>
public abstract class NamedLookup : AuditedEntity
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public int ValidId { get; set; } = Validity.Valid;
}
