using System.Collections.Frozen;
using static GoTrs.Infrastructure.Html.AttributeKind;

namespace GoTrs.Infrastructure.Html;

/// <summary>The element allow-list with the attributes each element may keep (besides the global ones).</summary>
internal static class ElementTable
{
    public static FrozenDictionary<string, ElementRule> Build()
    {
        var rules = new Dictionary<string, ElementRule>(StringComparer.Ordinal);

        void Add(string names, string? renameTo, string? required, bool isLink, (string Name, AttributeKind Kind)[] attributes)
        {
            var table = attributes.ToFrozenDictionary(a => a.Name, a => a.Kind, StringComparer.Ordinal);
            foreach (var name in names.Split(' '))
            {
                rules.Add(name, new ElementRule(renameTo ?? name, table, required, isLink));
            }
        }

        void Allow(string names, params (string Name, AttributeKind Kind)[] attributes) =>
            Add(names, null, null, false, attributes);

        Allow("b strong i em u s strike sub sup code small big abbr acronym cite mark tt kbd samp var dfn "
            + "bdi bdo span br wbr pre dl dt dd");
        Allow("p div center h1 h2 h3 h4 h5 h6", ("align", Align));
        Allow("blockquote q", ("cite", LinkUrl));
        Allow("del ins", ("cite", LinkUrl), ("datetime", Text));
        Allow("ul", ("type", ListType));
        Allow("ol", ("type", OrderedListType), ("start", Integer), ("reversed", AttributeKind.Boolean));
        Allow("li", ("type", ListType), ("value", Integer));
        Allow("table", ("width", Length), ("height", Length), ("border", Integer), ("cellpadding", Integer),
            ("cellspacing", Integer), ("align", Align), ("bgcolor", Color), ("background", ImageUrl), ("summary", Text));
        Allow("caption", ("align", Align));
        Allow("colgroup col", ("span", Integer), ("width", Length), ("align", Align), ("valign", VerticalAlign));
        Allow("thead tbody tfoot", ("align", Align), ("valign", VerticalAlign));
        Allow("tr", ("align", Align), ("valign", VerticalAlign), ("bgcolor", Color), ("height", Length),
            ("background", ImageUrl));
        Allow("td th", ("colspan", Integer), ("rowspan", Integer), ("align", Align), ("valign", VerticalAlign),
            ("width", Length), ("height", Length), ("bgcolor", Color), ("background", ImageUrl),
            ("nowrap", AttributeKind.Boolean), ("scope", Scope), ("abbr", Text));
        Allow("font", ("color", Color), ("face", Text), ("size", Integer));
        Allow("hr", ("align", Align), ("size", Integer), ("width", Length), ("noshade", AttributeKind.Boolean),
            ("color", Color));

        Add("a", null, "href", true, [("href", LinkUrl)]);
        Add("img", null, "src", false,
        [
            ("src", ImageUrl), ("alt", Text), ("width", Length), ("height", Length), ("border", Integer),
            ("align", Align), ("hspace", Integer), ("vspace", Integer),
        ]);

        // Sectioning containers carry prose in mails; keeping them as divs keeps the line breaks. (Forms are
        // unwrapped instead: the parser may leave a form directly inside a table, where a div would not stay.)
        Add("article aside section header footer nav main figure figcaption address details summary fieldset "
            + "legend hgroup search dialog", "div", null, false, []);
        Add("menu dir", "ul", null, false, []);

        // Their text is raw in the source; as pre it is escaped like any other text.
        Add("listing xmp plaintext", "pre", null, false, []);

        return rules.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
