using GoTrs.Domain.Common;

namespace GoTrs.Domain.Templates;

/// <summary>A reply, forward, note, … template. <see cref="TemplateType"/> names the screen it is offered in.</summary>
public sealed class StandardTemplate : NamedLookup
{
    public const string Answer = "Answer";

    public string? Text { get; set; }
    public string? ContentType { get; set; }
    public string TemplateType { get; set; } = Answer;
    public string? Comments { get; set; }
}
