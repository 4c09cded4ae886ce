using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace GoTrs.Infrastructure.Html;

/// <summary>
/// Checks an allowed attribute's value against its kind. Presentational attributes get strict shapes so that
/// they carry nothing but what their name promises.
/// </summary>
internal static partial class AttributeValueFilter
{
    private static readonly FrozenSet<string> AlignValues = FrozenSet.ToFrozenSet(
        ["left", "right", "center", "justify", "top", "middle", "bottom", "baseline", "absmiddle", "absbottom", "texttop"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> VerticalAlignValues =
        FrozenSet.ToFrozenSet(["top", "middle", "bottom", "baseline"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> DirectionValues =
        FrozenSet.ToFrozenSet(["ltr", "rtl", "auto"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> ScopeValues =
        FrozenSet.ToFrozenSet(["row", "col", "rowgroup", "colgroup"], StringComparer.Ordinal);

    // List types are case-sensitive: "a" and "A" number differently.
    private static readonly FrozenSet<string> OrderedListTypes =
        FrozenSet.ToFrozenSet(["1", "a", "A", "i", "I"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> ListTypes =
        FrozenSet.ToFrozenSet(["1", "a", "A", "i", "I", "disc", "circle", "square"], StringComparer.Ordinal);

    /// <summary>The value to write back, or null when the attribute is dropped.</summary>
    public static string? Filter(AttributeKind kind, string value)
    {
        string trimmed = value.Trim();
        return kind switch
        {
            AttributeKind.Text => value,
            AttributeKind.LinkUrl => UrlFilter.Link(value),
            AttributeKind.ImageUrl => UrlFilter.Image(value),
            AttributeKind.Style => InlineStyleFilter.Filter(value),
            AttributeKind.Integer => Matches(IntegerPattern(), trimmed),
            AttributeKind.Length => Matches(LengthPattern(), trimmed),
            AttributeKind.Color => Matches(ColorPattern(), trimmed),
            AttributeKind.Language => Matches(LanguagePattern(), trimmed),
            AttributeKind.Align => OneOf(AlignValues, trimmed.ToLowerInvariant()),
            AttributeKind.VerticalAlign => OneOf(VerticalAlignValues, trimmed.ToLowerInvariant()),
            AttributeKind.Direction => OneOf(DirectionValues, trimmed.ToLowerInvariant()),
            AttributeKind.Scope => OneOf(ScopeValues, trimmed.ToLowerInvariant()),
            AttributeKind.OrderedListType => OneOf(OrderedListTypes, trimmed),
            AttributeKind.ListType => OneOf(ListTypes, trimmed.Length == 1 ? trimmed : trimmed.ToLowerInvariant()),
            AttributeKind.Boolean => string.Empty,
            _ => null,
        };
    }

    private static string? Matches(Regex pattern, string value) => pattern.IsMatch(value) ? value : null;

    private static string? OneOf(FrozenSet<string> values, string value) => values.Contains(value) ? value : null;

    [GeneratedRegex(@"^[+-]?[0-9]{1,4}\z", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[0-9]{1,5}(\.[0-9]{1,3})?(%|px)?\z", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LengthPattern();

    [GeneratedRegex(@"^#?[0-9A-Za-z]{1,32}\z", RegexOptions.CultureInvariant)]
    private static partial Regex ColorPattern();

    [GeneratedRegex(@"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8}){0,8}\z", RegexOptions.CultureInvariant)]
    private static partial Regex LanguagePattern();
}
