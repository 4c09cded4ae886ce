using System.Collections.Frozen;

namespace GoTrs.Infrastructure.Html;

/// <summary>
/// How an allowed element is written: under <paramref name="OutputName"/> (HTML5 sectioning tags become
/// plain divs), with only the listed attributes; without <paramref name="RequiredAttribute"/> the element
/// is unwrapped because it would be inert or broken (a link without target, an image without source).
/// </summary>
internal sealed record ElementRule(
    string OutputName,
    FrozenDictionary<string, AttributeKind> Attributes,
    string? RequiredAttribute,
    bool IsLink);
