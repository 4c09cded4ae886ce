using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace GoTrs.Infrastructure.UnitTests.Html;

/// <summary>
/// An independent check of sanitizer output: parses it the way a browser would and walks every node, so a test
/// asserts on what a reader's browser would build, not on how the string happens to be spelled.
/// </summary>
internal static class SafeHtml
{
    private static readonly HashSet<string> Elements =
    [
        "p", "br", "div", "span", "b", "strong", "i", "em", "u", "s", "strike", "sub", "sup", "blockquote", "pre",
        "code", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody",
        "tfoot", "tr", "th", "td", "caption", "colgroup", "col", "a", "img", "hr", "font", "center", "small", "big",
        "abbr", "acronym", "q", "cite", "mark", "del", "ins", "tt", "kbd", "samp", "var", "dfn", "bdi", "bdo", "wbr",
    ];

    private static readonly HashSet<string> Attributes =
    [
        "title", "dir", "lang", "style", "href", "rel", "target", "src", "alt", "width", "height", "border", "align",
        "valign", "hspace", "vspace", "colspan", "rowspan", "bgcolor", "background", "nowrap", "scope", "abbr",
        "cellpadding", "cellspacing", "summary", "span", "color", "face", "size", "noshade", "type", "start",
        "reversed", "value", "cite", "datetime",
    ];

    private static readonly string[] UrlAttributes = ["href", "src", "cite", "background"];

    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel", "cid"];

    private static readonly string[] InlineImagePrefixes =
        ["data:image/png;base64,", "data:image/gif;base64,", "data:image/jpeg;base64,", "data:image/jpg;base64,",
            "data:image/webp;base64,"];

    private static readonly string[] DangerousCss =
        ["expression", "url(", "javascript", "vbscript", "behavior", "binding", "@import", "\\", "/*"];

    public static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>Fails unless every element, attribute, URL and style in <paramref name="html"/> is on the allow-list.</summary>
    public static void ShouldBeSafe(string html)
    {
        using var document = Parse(html);
        document.Head!.ChildNodes.Length.ShouldBe(0, "nothing may land in <head>");

        var pending = new Stack<INode>(document.Body!.ChildNodes);
        while (pending.TryPop(out var node))
        {
            node.NodeType.ShouldNotBe(NodeType.Comment, "comments are removed");
            if (node is not IElement element)
            {
                continue;
            }

            element.NamespaceUri.ShouldBe(NamespaceNames.HtmlUri, $"<{element.LocalName}> is foreign content");
            Elements.ShouldContain(element.LocalName, $"<{element.LocalName}> is not on the allow-list");
            foreach (var attribute in element.Attributes)
            {
                ShouldBeSafeAttribute(element, attribute);
            }

            if (element.LocalName == "a" && element.HasAttribute("href"))
            {
                element.GetAttribute("rel").ShouldBe("noopener noreferrer");
                element.GetAttribute("target").ShouldBe("_blank");
            }

            foreach (var child in element.ChildNodes)
            {
                pending.Push(child);
            }
        }
    }

    private static void ShouldBeSafeAttribute(IElement element, IAttr attribute)
    {
        string name = attribute.Name;
        name.ShouldNotStartWith("on", Case.Insensitive, $"event handler on <{element.LocalName}>");
        Attributes.ShouldContain(name, $"{name} on <{element.LocalName}> is not on the allow-list");

        if (UrlAttributes.Contains(name))
        {
            IsSafeUrl(attribute.Value).ShouldBeTrue($"{name}=\"{attribute.Value}\" is not an allowed URL");
        }

        if (name == "style")
        {
            string style = attribute.Value.ToLowerInvariant();
            foreach (string fragment in DangerousCss)
            {
                style.ShouldNotContain(fragment);
            }
        }
    }

    /// <summary>Reads the URL as a browser does (tabs and newlines ignored, ends trimmed) before judging the scheme.</summary>
    private static bool IsSafeUrl(string value)
    {
        string url = new string(value.Where(c => c is not ('\t' or '\n' or '\r')).ToArray()).Trim().TrimStart('\0');
        if (url.Any(char.IsControl))
        {
            return false;
        }

        string lower = url.ToLowerInvariant();
        int colon = lower.IndexOf(':', StringComparison.Ordinal);
        int path = lower.IndexOfAny(['/', '?', '#', '\\']);
        if (colon < 0 || (path >= 0 && path < colon))
        {
            return true;
        }

        return SafeSchemes.Contains(lower[..colon])
            || InlineImagePrefixes.Any(prefix => lower.StartsWith(prefix, StringComparison.Ordinal));
    }
}
