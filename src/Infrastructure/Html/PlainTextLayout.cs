using System.Collections.Frozen;

namespace GoTrs.Infrastructure.Html;

/// <summary>Which elements start a new line or paragraph in the plain-text rendering.</summary>
internal static class PlainTextLayout
{
    public static readonly FrozenSet<string> Paragraphs = FrozenSet.ToFrozenSet(
        ["p", "h1", "h2", "h3", "h4", "h5", "h6"], StringComparer.Ordinal);

    public static readonly FrozenSet<string> Blocks = FrozenSet.ToFrozenSet(
    [
        "div", "ul", "ol", "dl", "dt", "dd", "li", "table", "thead", "tbody", "tfoot", "tr", "caption", "blockquote",
        "pre", "listing", "xmp", "plaintext", "center", "hr", "address", "article", "aside", "section", "header",
        "footer", "nav", "main", "figure", "figcaption", "fieldset", "legend", "details", "summary",
        "hgroup", "search", "dialog", "menu", "dir", "body", "html",
    ], StringComparer.Ordinal);

    public static readonly FrozenSet<string> Preformatted = FrozenSet.ToFrozenSet(
        ["pre", "listing", "xmp", "plaintext"], StringComparer.Ordinal);

    public static readonly FrozenSet<string> Cells = FrozenSet.ToFrozenSet(["td", "th"], StringComparer.Ordinal);

    public static readonly FrozenSet<string> Lists = FrozenSet.ToFrozenSet(
        ["ul", "ol", "menu", "dir"], StringComparer.Ordinal);

    /// <summary>Applies the line structure an element's start or end tag implies.</summary>
    public static void Boundary(PlainTextBuilder text, string name)
    {
        if (Paragraphs.Contains(name))
        {
            text.RequestBreak(2);
        }
        else if (Blocks.Contains(name))
        {
            text.RequestBreak(1);
        }
        else if (Cells.Contains(name))
        {
            text.SeparateWords();
        }
    }
}
