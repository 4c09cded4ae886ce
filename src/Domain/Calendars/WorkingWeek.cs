namespace GoTrs.Domain.Calendars;

/// <summary>A [from, to) span of local wall-clock time within one day, in minutes since midnight (to may be 1440).</summary>
public readonly record struct WorkingPeriod(int FromMinute, int ToMinute)
{
    public const int MinutesPerDay = 24 * 60;
}

/// <summary>The working periods of each weekday, sorted and without overlaps.</summary>
public sealed class WorkingWeek
{
    private readonly IReadOnlyList<WorkingPeriod>[] _days;

    public WorkingWeek(IReadOnlyDictionary<DayOfWeek, IReadOnlyList<WorkingPeriod>> days)
    {
        _days = new IReadOnlyList<WorkingPeriod>[7];
        foreach (var day in Enum.GetValues<DayOfWeek>())
            _days[(int)day] = Normalise(days.TryGetValue(day, out var periods) ? periods : []);
    }

    public static WorkingWeek AllDay { get; } = new(Enum.GetValues<DayOfWeek>().ToDictionary(
        d => d, IReadOnlyList<WorkingPeriod> (_) => [new WorkingPeriod(0, WorkingPeriod.MinutesPerDay)]));

    public bool IsAllDay => _days.All(d => d is [{ FromMinute: 0, ToMinute: WorkingPeriod.MinutesPerDay }]);

    public bool IsEmpty => _days.All(d => d.Count == 0);

    public IReadOnlyList<WorkingPeriod> On(DayOfWeek day) => _days[(int)day];

    /// <summary>Sorted and merged, so that overlapping entries are not counted twice.</summary>
    private static IReadOnlyList<WorkingPeriod> Normalise(IEnumerable<WorkingPeriod> periods)
    {
        var merged = new List<WorkingPeriod>();
        foreach (var period in periods.OrderBy(p => p.FromMinute))
        {
            if (period.FromMinute < 0 || period.ToMinute > WorkingPeriod.MinutesPerDay || period.FromMinute >= period.ToMinute)
                throw new FormatException($"Working period {period} is not a [from, to) span within one day.");
            if (merged.Count > 0 && period.FromMinute <= merged[^1].ToMinute)
                merged[^1] = merged[^1] with { ToMinute = Math.Max(merged[^1].ToMinute, period.ToMinute) };
            else
                merged.Add(period);
        }
        return merged;
    }
}
