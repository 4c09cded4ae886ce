namespace GoTrs.Domain.Calendars;

/// <summary>Days without working time: month-days that recur every year, and single dates.</summary>
public sealed class HolidaySet(IEnumerable<(int Month, int Day)> recurring, IEnumerable<DateOnly> dates)
{
    private readonly HashSet<(int Month, int Day)> _recurring = [.. recurring];
    private readonly HashSet<DateOnly> _dates = [.. dates];

    public static HolidaySet None { get; } = new([], []);

    public bool IsEmpty => _recurring.Count == 0 && _dates.Count == 0;

    public bool Contains(DateOnly date) => _dates.Contains(date) || _recurring.Contains((date.Month, date.Day));
}
