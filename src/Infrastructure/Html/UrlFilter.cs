using System.Collections.Frozen;

namespace GoTrs.Infrastructure.Html;

/// <summary>
/// Accepts a URL only when its scheme is on the allow-list, judged the way a browser reads the attribute:
/// entities are already decoded by the parser, tabs and line breaks anywhere are ignored and leading or
/// trailing control characters and spaces are stripped, so <c>jav&amp;#x09;ascript:</c> and
/// <c>" JaVaScRiPt:"</c> are recognised for what they are.
/// </summary>
internal static class UrlFilter
{
    private static readonly FrozenSet<string> LinkSchemes =
        FrozenSet.ToFrozenSet(["http", "https", "mailto", "tel"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> ImageSchemes =
        FrozenSet.ToFrozenSet(["http", "https", "cid"], StringComparer.Ordinal);

    private static readonly string[] InlineImageTypes = ["png", "gif", "jpeg", "jpg", "webp"];

    /// <summary>A link target (href, cite): http, https, mailto, tel, or relative; null when refused.</summary>
    public static string? Link(string raw) => Filter(raw, LinkSchemes, allowInlineImage: false);

    /// <summary>An image source: http, https, cid (inline part), base64 raster data, or relative; null when refused.</summary>
    public static string? Image(string raw) => Filter(raw, ImageSchemes, allowInlineImage: true);

    /// <summary>True when an accepted URL names its scheme, i.e. is worth showing next to the link text.</summary>
    public static bool HasScheme(string url) => SchemeLength(url) > 0;

    private static string? Filter(string raw, FrozenSet<string> schemes, bool allowInlineImage)
    {
        string url = Normalise(raw);
        if (url.Length == 0 || ContainsControlCharacter(url))
        {
            return null;
        }

        int schemeLength = SchemeLength(url);
        if (schemeLength < 0)
        {
            return null;
        }

        if (schemeLength == 0)
        {
            return url;
        }

        string scheme = url[..schemeLength].ToLowerInvariant();
        if (schemes.Contains(scheme))
        {
            return url;
        }

        return allowInlineImage && scheme == "data" ? InlineImage(url) : null;
    }

    /// <summary>
    /// Length of the scheme before the first colon, 0 for a relative URL, -1 when a colon comes first but what
    /// precedes it is no well-formed scheme: such values are refused instead of guessing how a browser reads them.
    /// </summary>
    private static int SchemeLength(string url)
    {
        int colon = url.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return 0;
        }

        int pathStart = url.AsSpan(0, colon).IndexOfAny("/?#\\");
        if (pathStart >= 0)
        {
            return 0;
        }

        if (colon == 0 || !char.IsAsciiLetter(url[0]))
        {
            return -1;
        }

        foreach (char c in url.AsSpan(0, colon))
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.'))
            {
                return -1;
            }
        }

        return colon;
    }

    private static string? InlineImage(string url)
    {
        const string prefix = "data:image/";
        const string encoding = ";base64,";
        if (!url.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        int comma = url.IndexOf(encoding, prefix.Length, StringComparison.OrdinalIgnoreCase);
        if (comma < 0)
        {
            return null;
        }

        string type = url[prefix.Length..comma].ToLowerInvariant();
        if (Array.IndexOf(InlineImageTypes, type) < 0)
        {
            return null;
        }

        var payload = url.AsSpan(comma + encoding.Length);
        var cleaned = new System.Text.StringBuilder(prefix.Length + type.Length + encoding.Length + payload.Length);
        cleaned.Append(prefix).Append(type).Append(encoding);
        foreach (char c in payload)
        {
            if (c == ' ')
            {
                continue;
            }

            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '/' or '='))
            {
                return null;
            }

            cleaned.Append(c);
        }

        return cleaned.ToString();
    }

    private static string Normalise(string raw)
    {
        var span = raw.AsSpan().Trim("\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000B\f\r\u000E\u000F"
            + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F ");
        if (span.IndexOfAny('\t', '\n', '\r') < 0)
        {
            return span.ToString();
        }

        var builder = new System.Text.StringBuilder(span.Length);
        foreach (char c in span)
        {
            if (c is not ('\t' or '\n' or '\r'))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool ContainsControlCharacter(string url)
    {
        foreach (char c in url)
        {
            if (char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }
}
