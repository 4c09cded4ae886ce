namespace GoTrs.Infrastructure.Tickets;

/// <summary>
/// One attempt's moment: <see cref="Now"/> for <c>create_time</c> (UTC like every GoTrs timestamp, whole seconds
/// because the column is timestamp(0) and PostgreSQL would round 23:59:59.7 into the next day), the calendar
/// <see cref="Date"/> in the configured zone, and that day's bounds in UTC for the counter window.
/// </summary>
internal readonly record struct CounterDay(DateTime Now, DateOnly Date, DateTime From, DateTime To)
{
    public static CounterDay At(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var utc = instant.UtcDateTime;
        var now = DateTime.SpecifyKind(utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerSecond)), DateTimeKind.Unspecified);
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(now, DateTimeKind.Utc), zone));
        return new CounterDay(now, date, MidnightUtc(date, zone), MidnightUtc(date.AddDays(1), zone));
    }

    private static DateTime MidnightUtc(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        // Some zones skip midnight when daylight saving starts; the day then begins at the first time that exists.
        while (zone.IsInvalidTime(local)) local = local.AddMinutes(15);
        return DateTime.SpecifyKind(TimeZoneInfo.ConvertTimeToUtc(local, zone), DateTimeKind.Unspecified);
    }
}
