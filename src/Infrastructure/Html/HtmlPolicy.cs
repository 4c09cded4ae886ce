using System.Collections.Frozen;
using AngleSharp.Dom;

namespace GoTrs.Infrastructure.Html;

/// <summary>The allow-lists: everything not named here is removed.</summary>
internal static class HtmlPolicy
{
    public static readonly FrozenDictionary<string, AttributeKind> GlobalAttributes =
        new Dictionary<string, AttributeKind>(StringComparer.Ordinal)
        {
            ["title"] = AttributeKind.Text,
            ["dir"] = AttributeKind.Direction,
            ["lang"] = AttributeKind.Language,
            ["style"] = AttributeKind.Style,
        }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, ElementRule> Elements = ElementTable.Build();

    /// <summary>
    /// Removed together with everything inside: executable or embedding elements, form controls whose text
    /// is a value rather than prose, and foreign (SVG/MathML) content whose parsing rules differ from HTML.
    /// </summary>
    public static readonly FrozenSet<string> DroppedWithContent = FrozenSet.ToFrozenSet(
    [
        "script", "style", "template", "noscript", "iframe", "frame", "frameset", "noframes", "noembed",
        "object", "embed", "applet", "param", "svg", "math", "textarea", "select", "option", "optgroup",
        "datalist", "title", "head", "audio", "video", "source", "track", "canvas", "base", "link", "meta",
        "input", "keygen", "portal",
    ], StringComparer.Ordinal);

    /// <summary>Elements written without an end tag.</summary>
    public static readonly FrozenSet<string> VoidElements = FrozenSet.ToFrozenSet(
        ["br", "col", "hr", "img", "wbr"], StringComparer.Ordinal);

    /// <summary>Nodes from another namespace only occur inside SVG or MathML and are never kept.</summary>
    public static bool IsHtml(IElement element) =>
        string.Equals(element.NamespaceUri, NamespaceNames.HtmlUri, StringComparison.Ordinal);
}
