using GoTrs.Domain.Common;

namespace GoTrs.Domain.Links;

/// <summary>Normal or ParentChild.</summary>
public sealed class LinkType : NamedLookup;
