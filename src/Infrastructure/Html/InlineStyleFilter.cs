using System.Collections.Frozen;
using System.Text;

namespace GoTrs.Infrastructure.Html;

/// <summary>
/// Keeps the declarations of a style attribute whose property is on the allow-list and whose value is made of
/// plain keywords, numbers, colours and quoted font names. Anything that can load a resource or run code
/// (url(), expression(), behavior, -moz-binding, @import, javascript:) cannot pass the value check, and is also
/// refused by name so that a later widening of the character set cannot let it through.
/// </summary>
internal static class InlineStyleFilter
{
    private const int MaxValueLength = 512;

    private static readonly string[] ForbiddenFragments =
    [
        "expression", "javascript", "vbscript", "behavior", "behaviour", "-moz-binding", "binding", "@import",
        "url(", "image(", "image-set(", "src(", "element(", "/*", "*/", "\\", "&#", "<", ">",
    ];

    private static readonly FrozenSet<string> Functions =
        FrozenSet.ToFrozenSet(["rgb", "rgba", "hsl", "hsla"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> DisplayValues = FrozenSet.ToFrozenSet(
        ["inline", "block", "inline-block", "none", "table", "table-row", "table-cell", "list-item"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> WhiteSpaceValues = FrozenSet.ToFrozenSet(
        ["normal", "nowrap", "pre", "pre-wrap", "pre-line", "break-spaces"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Properties = BuildProperties();

    /// <summary>The filtered declarations, or null when none survives.</summary>
    public static string? Filter(string style)
    {
        var kept = new StringBuilder();
        foreach (var (text, suspicious) in CssDeclarationSplitter.Split(style))
        {
            if (suspicious || !TryParse(text, out string property, out string value, out bool important))
            {
                continue;
            }

            if (!Properties.Contains(property) || !IsSafeValue(property, value))
            {
                continue;
            }

            if (kept.Length > 0)
            {
                kept.Append("; ");
            }

            kept.Append(property).Append(": ").Append(value);
            if (important)
            {
                kept.Append(" !important");
            }
        }

        return kept.Length == 0 ? null : kept.ToString();
    }

    private static bool TryParse(string declaration, out string property, out string value, out bool important)
    {
        property = value = string.Empty;
        important = false;
        int colon = declaration.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        property = declaration[..colon].Trim().ToLowerInvariant();
        var rawValue = declaration.AsSpan(colon + 1).Trim();
        int bang = rawValue.LastIndexOf('!');
        if (bang >= 0)
        {
            if (!rawValue[(bang + 1)..].Trim().Equals("important", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            important = true;
            rawValue = rawValue[..bang].TrimEnd();
        }

        value = CollapseWhitespace(rawValue);
        return value.Length is > 0 and <= MaxValueLength;
    }

    private static bool IsSafeValue(string property, string value)
    {
        string lower = value.ToLowerInvariant();
        foreach (string fragment in ForbiddenFragments)
        {
            if (lower.Contains(fragment, StringComparison.Ordinal))
            {
                return false;
            }
        }

        if (!HasOnlySafeCharacters(lower, allowQuotes: property is "font-family" or "font")
            || !HasOnlyAllowedFunctions(lower))
        {
            return false;
        }

        return property switch
        {
            "display" => DisplayValues.Contains(lower),
            "white-space" => WhiteSpaceValues.Contains(lower),

            // A negative margin could pull the article over the surrounding page.
            _ when property.StartsWith("margin", StringComparison.Ordinal) => !HasNegativeNumber(lower),
            _ => true,
        };
    }

    private static bool HasOnlySafeCharacters(string value, bool allowQuotes)
    {
        foreach (char c in value)
        {
            bool safe = char.IsLetterOrDigit(c)
                || c is ' ' or '#' or '%' or '.' or ',' or '-' or '+' or '/' or '(' or ')' or '_'
                || (allowQuotes && c is '"' or '\'');
            if (!safe)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Only colour functions may appear, each preceded by its name and not nested.</summary>
    private static bool HasOnlyAllowedFunctions(string value)
    {
        int open = -1;
        for (int i = 0; i < value.Length; i++)
        {
            if (value[i] == ')')
            {
                if (open < 0)
                {
                    return false;
                }

                open = -1;
                continue;
            }

            if (value[i] != '(')
            {
                continue;
            }

            if (open >= 0)
            {
                return false;
            }

            int nameStart = i;
            while (nameStart > 0 && (char.IsAsciiLetter(value[nameStart - 1]) || value[nameStart - 1] == '-'))
            {
                nameStart--;
            }

            if (!Functions.Contains(value[nameStart..i]))
            {
                return false;
            }

            open = i;
        }

        return open < 0;
    }

    private static bool HasNegativeNumber(string value)
    {
        for (int i = 0; i + 1 < value.Length; i++)
        {
            bool startsToken = i == 0 || value[i - 1] is ' ' or '(' or ',';
            if (startsToken && value[i] == '-' && (char.IsAsciiDigit(value[i + 1]) || value[i + 1] == '.'))
            {
                return true;
            }
        }

        return false;
    }

    private static string CollapseWhitespace(ReadOnlySpan<char> value)
    {
        var builder = new StringBuilder(value.Length);
        bool space = false;
        foreach (char c in value)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c);
        }

        return builder.ToString();
    }

    private static FrozenSet<string> BuildProperties()
    {
        var names = new List<string>
        {
            "color", "background-color", "background", "font", "font-family", "font-size", "font-style",
            "font-weight", "font-variant", "text-align", "text-decoration", "text-decoration-line",
            "text-decoration-style", "text-decoration-color", "text-indent", "text-transform", "letter-spacing",
            "word-spacing", "line-height", "vertical-align", "white-space", "word-wrap", "word-break",
            "overflow-wrap", "direction", "width", "height", "min-width", "max-width", "min-height", "max-height",
            "list-style", "list-style-type", "list-style-position", "display", "table-layout", "caption-side",
            "empty-cells", "float", "clear", "border-collapse", "border-spacing", "border-radius",
        };

        string[] sides = ["", "-top", "-right", "-bottom", "-left"];
        foreach (string side in sides)
        {
            names.Add("margin" + side);
            names.Add("padding" + side);
            names.Add("border" + side);
            names.Add("border" + side + "-color");
            names.Add("border" + side + "-style");
            names.Add("border" + side + "-width");
        }

        return names.ToFrozenSet(StringComparer.Ordinal);
    }
}
