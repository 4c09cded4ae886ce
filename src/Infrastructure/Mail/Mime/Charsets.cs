using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text;

namespace GoTrs.Infrastructure.Mail.Mime;

/// <summary>
/// Maps the charset names found in mail to .NET encodings, including legacy code pages and the aliases and
/// misspellings real clients send. Latin-1 and US-ASCII resolve to windows-1252, as browsers do, because
/// senders who declare them routinely use its curly quotes and euro sign.
/// </summary>
internal static class Charsets
{
    private const int CacheLimit = 512;

    private static readonly FrozenDictionary<string, int> Aliases = new Dictionary<string, int>
    {
        ["utf8"] = 65001, ["utf-8"] = 65001, ["unicode-1-1-utf-8"] = 65001, ["x-unicode20utf8"] = 65001,
        ["us-ascii"] = 1252, ["ascii"] = 1252, ["ansi_x3.4-1968"] = 1252, ["iso646-us"] = 1252,
        ["iso-8859-1"] = 1252, ["iso8859-1"] = 1252, ["iso_8859-1"] = 1252, ["latin1"] = 1252, ["latin-1"] = 1252,
        ["l1"] = 1252, ["iso-ir-100"] = 1252, ["cp819"] = 1252, ["ibm819"] = 1252,
        ["x-mac-roman"] = 10000, ["mac"] = 10000, ["macroman"] = 10000, ["mac-roman"] = 10000,
        ["ks_c_5601-1987"] = 949, ["ks_c_5601"] = 949, ["ks_c_5601-1989"] = 949, ["ksc5601"] = 949,
        ["euc-kr"] = 949, ["korean"] = 949, ["windows-949"] = 949,
        ["gb2312"] = 936, ["gbk"] = 936, ["x-gbk"] = 936, ["euc-cn"] = 936, ["chinese"] = 936, ["csgb2312"] = 936,
        ["shift_jis"] = 932, ["shift-jis"] = 932, ["sjis"] = 932, ["x-sjis"] = 932, ["ms_kanji"] = 932,
        ["windows-31j"] = 932, ["csshiftjis"] = 932,
        ["big5"] = 950, ["big5-hkscs"] = 950, ["x-x-big5"] = 950, ["cn-big5"] = 950, ["csbig5"] = 950,
        ["tis-620"] = 874, ["iso-8859-11"] = 874,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<string, Encoding?> ByName = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<int, Encoding> StrictByCodePage = new();

    // Registered while the type initialises, so every lookup below already sees the legacy code pages.
    public static Encoding Windows1252 { get; } = RegisterCodePages();

    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The encoding for a declared charset name, or null when .NET has nothing by that name.</summary>
    public static Encoding? Resolve(string? name)
    {
        string normalized = Normalize(name);
        if (normalized.Length == 0)
        {
            return null;
        }

        if (ByName.TryGetValue(normalized, out var cached))
        {
            return cached;
        }

        var encoding = Lookup(normalized);
        if (ByName.Count < CacheLimit)
        {
            ByName.TryAdd(normalized, encoding);
        }

        return encoding;
    }

    /// <summary>The same code page, but throwing on byte sequences it does not define, so a mislabel shows.</summary>
    public static Encoding Strict(Encoding encoding) =>
        StrictByCodePage.GetOrAdd(encoding.CodePage, static codePage =>
            Encoding.GetEncoding(codePage, EncoderFallback.ReplacementFallback, DecoderFallback.ExceptionFallback));

    // RFC 2231 lets encoded words carry a language after '*' (utf-8*en); quotes and spaces are sender noise.
    public static string Normalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return string.Empty;
        }

        var trimmed = name.Trim().Trim('"', '\'').Trim();
        int star = trimmed.IndexOf('*', StringComparison.Ordinal);
        if (star >= 0)
        {
            trimmed = trimmed[..star];
        }

        return trimmed.ToLowerInvariant();
    }

    private static Encoding RegisterCodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    private static Encoding? Lookup(string name)
    {
        if (Aliases.TryGetValue(name, out int aliasCodePage))
        {
            return ByCodePage(aliasCodePage);
        }

        if (CodePageNumber(name) is { } codePage)
        {
            return ByCodePage(codePage);
        }

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    private static Encoding? ByCodePage(int codePage)
    {
        if (codePage == 65001)
        {
            return Utf8;
        }

        try
        {
            return Encoding.GetEncoding(codePage);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    // cp1251, windows1251, win-1251, x-cp1250, ibm866, ms936: the number is the code page.
    private static int? CodePageNumber(string name)
    {
        foreach (var prefix in (ReadOnlySpan<string>)["windows-", "windows", "win-", "win", "x-cp", "cp-", "cp", "ibm-", "ibm", "ms"])
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal)
                && int.TryParse(name.AsSpan(prefix.Length), System.Globalization.NumberStyles.None,
                    System.Globalization.CultureInfo.InvariantCulture, out int number)
                && number is > 0 and < 65536)
            {
                return number == 28591 || number == 20127 ? 1252 : number;
            }
        }

        return null;
    }
}
