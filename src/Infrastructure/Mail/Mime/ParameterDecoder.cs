using System.Text;

namespace GoTrs.Infrastructure.Mail.Mime;

/// <summary>
/// Turns raw parameter pairs into decoded values: RFC 2231 continuations (<c>name*0*=</c>, <c>name*1=</c>)
/// joined in order, <c>charset'language'</c> percent-encoded values decoded, and the RFC 2047 encoded words
/// that Outlook and Gmail put into quoted file names. An RFC 2231 value wins over a plain one of that name.
/// </summary>
internal static class ParameterDecoder
{
    public static IReadOnlyDictionary<string, string> Decode(List<KeyValuePair<string, string>> raw, ProblemLog problems)
    {
        var plain = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var sections = new Dictionary<string, List<Section>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in raw)
        {
            var (baseName, index, extended) = SplitName(name);
            if (index is null && !extended)
            {
                plain.TryAdd(baseName, value);
                continue;
            }

            if (!sections.TryGetValue(baseName, out var list))
            {
                sections[baseName] = list = [];
            }

            list.Add(new Section(index ?? 0, extended, value));
        }

        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in plain)
        {
            result[name] = EncodedWords.Decode(value, problems).Trim();
        }

        foreach (var (name, list) in sections)
        {
            result[name] = Join(list, problems).Trim();
        }

        return result.AsReadOnly();
    }

    private static (string BaseName, int? Index, bool Extended) SplitName(string name)
    {
        bool extended = name.EndsWith('*');
        string rest = extended ? name[..^1] : name;
        int star = rest.LastIndexOf('*');
        if (star > 0 && int.TryParse(rest.AsSpan(star + 1), System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out int index))
        {
            return (rest[..star], index, extended);
        }

        return (rest, null, extended);
    }

    private static string Join(List<Section> sections, ProblemLog problems)
    {
        var ordered = sections.OrderBy(section => section.Index).ToList();
        string? charset = null;
        var bytes = new List<byte>();
        for (int i = 0; i < ordered.Count; i++)
        {
            var (_, extended, value) = ordered[i];
            if (!extended)
            {
                AppendChars(bytes, value);
                continue;
            }

            if (i == 0 && SplitCharset(value) is { } split)
            {
                charset = split.Charset;
                value = split.Value;
            }

            AppendPercentDecoded(bytes, value);
        }

        var array = bytes.ToArray();
        return string.IsNullOrEmpty(charset)
            ? TextDecoder.DecodeUnlabelled(array)
            : TextDecoder.Decode(array, charset, problems, "parameter value");
    }

    // charset'language'value; a value without the two quotes is percent-encoded text of unknown charset.
    private static (string Charset, string Value)? SplitCharset(string value)
    {
        int first = value.IndexOf('\'', StringComparison.Ordinal);
        int second = first < 0 ? -1 : value.IndexOf('\'', first + 1);
        return second < 0 ? null : (value[..first], value[(second + 1)..]);
    }

    private static void AppendPercentDecoded(List<byte> bytes, string value)
    {
        int literalStart = 0;
        for (int i = 0; i < value.Length; i++)
        {
            if (value[i] == '%' && i + 2 < value.Length && IsHex(value[i + 1]) && IsHex(value[i + 2]))
            {
                AppendChars(bytes, value[literalStart..i]);
                bytes.Add(Convert.ToByte(value.Substring(i + 1, 2), 16));
                i += 2;
                literalStart = i + 1;
            }
        }

        AppendChars(bytes, value[literalStart..]);
    }

    // Characters outside ASCII only get here from raw 8-bit headers, which were read as UTF-8.
    private static void AppendChars(List<byte> bytes, string value) => bytes.AddRange(Encoding.UTF8.GetBytes(value));

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);

    private readonly record struct Section(int Index, bool Extended, string Value);
}
