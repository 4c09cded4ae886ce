using GoTrs.Domain.Common;

namespace GoTrs.Domain.Services;

/// <summary>A service; like queues, its hierarchy lives in the name ("Parent::Child").</summary>
public sealed class Service : NamedLookup
{
    public string? Comments { get; set; }
}
