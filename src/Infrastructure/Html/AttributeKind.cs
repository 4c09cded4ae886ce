namespace GoTrs.Infrastructure.Html;

/// <summary>How the value of an allowed attribute is checked before it is written back.</summary>
internal enum AttributeKind
{
    Text,
    LinkUrl,
    ImageUrl,
    Integer,
    Length,
    Color,
    Align,
    VerticalAlign,
    Direction,
    Language,
    Boolean,
    OrderedListType,
    ListType,
    Scope,
    Style,
}
