namespace GoTrs.Domain.Calendars;

/// <summary>
/// Counts time that falls within working hours. Working hours are local wall-clock times of <paramref name="zone"/>;
/// a business minute is a real elapsed minute inside them, so a working day that spans a DST switch is an hour
/// shorter or longer. A local time skipped by a DST switch means the moment the clocks jump; a repeated one means its
/// first occurrence.
/// </summary>
public sealed class BusinessCalendar(TimeZoneInfo zone, WorkingWeek week, HolidaySet holidays)
{
    /// <summary>Beyond this many days in a row without working time the calendar is taken to have none at all.</summary>
    private const int MaxIdleDays = 400;

    /// <summary>Used when a queue or SLA names no calendar, or one that is unknown, invalid or malformed.</summary>
    public static BusinessCalendar TwentyFourSeven { get; } = new(TimeZoneInfo.Utc, WorkingWeek.AllDay, HolidaySet.None);

    private bool IsAlwaysOpen => week.IsAllDay && holidays.IsEmpty;

    /// <exception cref="InvalidOperationException">When the calendar has no working time left to place the minutes in.</exception>
    public DateTimeOffset AddBusinessMinutes(DateTimeOffset start, int minutes)
    {
        if (minutes <= 0) return start;
        if (IsAlwaysOpen) return start.AddMinutes(minutes);

        var remaining = TimeSpan.FromMinutes(minutes);
        foreach (var (from, to) in SegmentsFrom(start))
        {
            var begin = from > start ? from : start;
            if (to <= begin) continue;
            if (remaining <= to - begin) return begin + remaining;
            remaining -= to - begin;
        }
        throw new InvalidOperationException($"The calendar has no working time within {MaxIdleDays} days of {start:O}.");
    }

    /// <summary>Whole business minutes in [from, to); 0 when to is not after from.</summary>
    public int BusinessMinutesBetween(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from) return 0;
        if (IsAlwaysOpen) return (int)(to - from).TotalMinutes;

        var total = TimeSpan.Zero;
        foreach (var (start, end) in SegmentsFrom(from))
        {
            if (start >= to) break;
            var begin = start > from ? start : from;
            var finish = end < to ? end : to;
            if (finish > begin) total += finish - begin;
        }
        return (int)total.TotalMinutes;
    }

    /// <summary>Working spans as instants, in order, from the local day that contains <paramref name="from"/> on.</summary>
    private IEnumerable<(DateTimeOffset From, DateTimeOffset To)> SegmentsFrom(DateTimeOffset from)
    {
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(from, zone).DateTime);
        for (var idle = 0; idle < MaxIdleDays; day = day.AddDays(1))
        {
            var periods = holidays.Contains(day) ? [] : week.On(day.DayOfWeek);
            idle = periods.Count == 0 ? idle + 1 : 0;
            var midnight = day.ToDateTime(TimeOnly.MinValue);
            foreach (var period in periods)
                yield return (ToInstant(midnight.AddMinutes(period.FromMinute)), ToInstant(midnight.AddMinutes(period.ToMinute)));
        }
    }

    private DateTimeOffset ToInstant(DateTime local)
    {
        // Transitions fall on whole minutes, so stepping by minutes finds the end of a spring-forward gap exactly.
        while (zone.IsInvalidTime(local)) local = local.AddMinutes(1);
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}
