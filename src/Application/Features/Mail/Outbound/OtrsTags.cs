using System.Text.RegularExpressions;

namespace GoTrs.Application.Features.Mail.Outbound;

/// <summary>
/// Substitutes OTRS's <c>&lt;OTRS_…&gt;</c> tags in salutations, signatures, auto responses and replies. Tags that have
/// no value become "-", as in OTRS, so a customer never sees a raw tag. <c>&lt;OTRS_CUSTOMER_EMAIL[n]&gt;</c> quotes
/// the first n lines of the customer's last message.
/// </summary>
public sealed partial class OtrsTags(IReadOnlyDictionary<string, string?> values, string? customerText = null)
{
    public string Apply(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        return Tag().Replace(text, match =>
        {
            var name = match.Groups[1].Value;
            if (name.Equals("CUSTOMER_EMAIL", StringComparison.OrdinalIgnoreCase) || name.Equals("CUSTOMER_BODY", StringComparison.OrdinalIgnoreCase))
                return Quote(match.Groups[2].Success ? int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : int.MaxValue);
            return values.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value) ? value : "-";
        });
    }

    private string Quote(int lines) => customerText is null
        ? "-"
        : string.Join("\n", customerText.Replace("\r\n", "\n").Split('\n').Take(lines).Select(l => "> " + l));

    [GeneratedRegex(@"<OTRS_([A-Za-z0-9_]+)(?:\[(\d{1,4})\])?>", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Tag();
}
