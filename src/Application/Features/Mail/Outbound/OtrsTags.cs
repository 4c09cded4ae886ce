using System.Net;
using System.Text.RegularExpressions;

namespace GoTrs.Application.Features.Mail.Outbound;

/// <summary>
/// Substitutes OTRS's <c>&lt;OTRS_…&gt;</c> tags in salutations, signatures, auto responses, replies and notifications.
/// Tags that have no value become "-", as in OTRS, so a reader never sees a raw tag. <c>&lt;OTRS_CUSTOMER_EMAIL[n]&gt;</c>
/// (and <c>_BODY[n]</c>) quote the first n lines of the customer's last message, <c>&lt;OTRS_AGENT_BODY[n]&gt;</c> those of
/// the agent's; <c>&lt;OTRS_CUSTOMER_SUBJECT[n]&gt;</c> (and <c>AGENT_</c>) cut the subject to n characters. Names are
/// matched case-insensitively when the values are (as <see cref="TagValues"/> builds them).
/// </summary>
public sealed partial class OtrsTags(IReadOnlyDictionary<string, string?> values, string? customerText = null, string? agentText = null)
{
    /// <summary>The same tags with more values (later ones win) and, if given, the agent's text to quote.</summary>
    public OtrsTags With(IEnumerable<KeyValuePair<string, string?>> more, string? agentMessage = null)
    {
        var merged = new Dictionary<string, string?>(values, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in more) merged[name] = value;
        return new OtrsTags(merged, customerText, agentMessage ?? agentText);
    }

    public string Apply(string? text) => Replace(text, Tag(), html: false);

    /// <summary>For HTML texts: tags may also be written escaped (<c>&amp;lt;OTRS_…&amp;gt;</c>), values are HTML-encoded.</summary>
    public string ApplyHtml(string? html) => Replace(html, HtmlTag(), html: true);

    private string Replace(string? text, Regex tag, bool html)
    {
        if (string.IsNullOrEmpty(text)) return "";
        return tag.Replace(text, match =>
        {
            var name = match.Groups[1].Value;
            int? count = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
            var value = Quoted(name, count) is { } quote
                ? quote
                : count is { } size && name.EndsWith("_SUBJECT", StringComparison.OrdinalIgnoreCase) ? Cut(Value(name), size) : Value(name);
            return html ? WebUtility.HtmlEncode(value).Replace("\n", "<br/>", StringComparison.Ordinal) : value;
        });
    }

    private string Value(string name) => values.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value) ? value : "-";

    private string? Quoted(string name, int? lines)
    {
        var source = name.ToUpperInvariant() switch
        {
            "CUSTOMER_EMAIL" or "CUSTOMER_BODY" => customerText,
            "AGENT_EMAIL" or "AGENT_BODY" => agentText,
            _ => "",
        };
        if (source == "") return null;
        return source is null
            ? "-"
            : string.Join("\n", source.Replace("\r\n", "\n").Split('\n').Take(lines ?? int.MaxValue).Select(l => "> " + l));
    }

    private static string Cut(string text, int size) => text.Length <= size || text == "-" ? text : text[..size] + " [...]";

    [GeneratedRegex(@"<OTRS_([A-Za-z0-9_:]+)(?:\[(\d{1,4})\])?>", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Tag();

    [GeneratedRegex(@"(?:<|&lt;)OTRS_([A-Za-z0-9_:]+)(?:\[(\d{1,4})\])?(?:>|&gt;)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HtmlTag();
}
