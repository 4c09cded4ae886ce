using GoTrs.Domain.Common;

namespace GoTrs.Domain.Services;

/// <summary>A service level agreement; times are minutes, notify thresholds percent.</summary>
public sealed class Sla : NamedLookup
{
    public string? CalendarName { get; set; }
    public int FirstResponseTime { get; set; }
    public int? FirstResponseNotify { get; set; }
    public int UpdateTime { get; set; }
    public int? UpdateNotify { get; set; }
    public int SolutionTime { get; set; }
    public int? SolutionNotify { get; set; }
    public string? Comments { get; set; }
}
