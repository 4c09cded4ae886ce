using GoTrs.Domain.Common;

namespace GoTrs.Domain.Queues;

/// <summary>The shape shared by salutations and signatures: a named text with a content type.</summary>
public abstract class TextBlock : AuditedEntity
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string Text { get; set; } = "";
    public string? ContentType { get; set; }
    public string? Comments { get; set; }
    public int ValidId { get; set; } = Validity.Valid;
}

public sealed class Salutation : TextBlock;

public sealed class Signature : TextBlock;
