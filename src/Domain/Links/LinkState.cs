using GoTrs.Domain.Common;

namespace GoTrs.Domain.Links;

/// <summary>Valid, or Temporary for links made while an object is still being created.</summary>
public sealed class LinkState : NamedLookup;
