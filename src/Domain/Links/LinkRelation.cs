namespace GoTrs.Domain.Links;

/// <summary>A link between two objects. Keys are strings (a ticket's id as text, for instance).</summary>
public sealed class LinkRelation
{
    public int SourceObjectId { get; set; }
    public string SourceKey { get; set; } = "";
    public int TargetObjectId { get; set; }
    public string TargetKey { get; set; } = "";
    public int TypeId { get; set; }
    public int StateId { get; set; }
    public DateTime CreateTime { get; set; }
    public int CreateBy { get; set; }
}
