using GoTrs.Domain.Calendars;

namespace GoTrs.Domain.UnitTests.Calendars;

/// <summary>Calendars the tests share, built through the same parser the database rows go through.</summary>
public static class TestCalendars
{
    public const string WeekdaysNineToFive = """
        {"mon":[["08:00","17:00"]],"tue":[["08:00","17:00"]],"wed":[["08:00","17:00"]],
         "thu":[["08:00","17:00"]],"fri":[["08:00","17:00"]]}
        """;

    public const string ChristmasAndGoodFriday2025 = """
        [{"date":"12-25","name":"Christmas Day"},{"date":"2025-04-18","name":"Good Friday"}]
        """;

    /// <summary>Mon–Fri 08:00–17:00 UTC with Christmas (yearly) and Good Friday 2025 (once).</summary>
    public static BusinessCalendar Office { get; } = CalendarDefinition.Parse("UTC", WeekdaysNineToFive, ChristmasAndGoodFriday2025);

    /// <summary>Mon–Fri 08:00–17:00 Berlin time, no holidays.</summary>
    public static BusinessCalendar Berlin { get; } = CalendarDefinition.Parse("Europe/Berlin", WeekdaysNineToFive, "[]");

    /// <summary>All day every day in Berlin; the holiday on 1 January keeps it off the 24/7 shortcut.</summary>
    public static BusinessCalendar BerlinAllDay { get; } = CalendarDefinition.Parse("Europe/Berlin", """
        {"mon":[["00:00","24:00"]],"tue":[["00:00","24:00"]],"wed":[["00:00","24:00"]],"thu":[["00:00","24:00"]],
         "fri":[["00:00","24:00"]],"sat":[["00:00","24:00"]],"sun":[["00:00","24:00"]]}
        """, """[{"date":"01-01"}]""");

    public static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.Zero);
}
