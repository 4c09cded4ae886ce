namespace GoTrs.Domain.Links;

/// <summary>A kind of linkable object, e.g. "Ticket"; rows are created the first time a kind is linked.</summary>
public sealed class LinkObject
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
}
