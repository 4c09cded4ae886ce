using System.Globalization;
using System.Text.Json;

namespace GoTrs.Domain.Calendars;

/// <summary>Reads the stored form of a calendar (see <see cref="Calendar"/>) into a <see cref="BusinessCalendar"/>.</summary>
public static class CalendarDefinition
{
    private static readonly Dictionary<string, DayOfWeek> DayKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mon"] = DayOfWeek.Monday, ["tue"] = DayOfWeek.Tuesday, ["wed"] = DayOfWeek.Wednesday,
        ["thu"] = DayOfWeek.Thursday, ["fri"] = DayOfWeek.Friday, ["sat"] = DayOfWeek.Saturday, ["sun"] = DayOfWeek.Sunday,
    };

    /// <exception cref="FormatException">Unknown time zone, malformed JSON, or a week without any working time.</exception>
    public static BusinessCalendar Parse(string timeZoneId, string workingHoursJson, string holidaysJson)
    {
        try
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
            var week = ParseWeek(workingHoursJson);
            if (week.IsEmpty) throw new FormatException("The working hours contain no working time.");
            return new BusinessCalendar(zone, week, ParseHolidays(holidaysJson));
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException
                                       or JsonException or InvalidOperationException or KeyNotFoundException)
        {
            throw new FormatException($"Calendar definition is not valid: {ex.Message}", ex);
        }
    }

    private static WorkingWeek ParseWeek(string json)
    {
        using var document = JsonDocument.Parse(json);
        var days = new Dictionary<DayOfWeek, IReadOnlyList<WorkingPeriod>>();
        foreach (var day in document.RootElement.EnumerateObject())
        {
            if (!DayKeys.TryGetValue(day.Name, out var weekday))
                throw new FormatException($"'{day.Name}' is not a weekday key (mon … sun).");
            days[weekday] = day.Value.EnumerateArray()
                .Select(p => p.GetArrayLength() == 2
                    ? new WorkingPeriod(Minutes(p[0].GetString()), Minutes(p[1].GetString()))
                    : throw new FormatException("A working period is a pair [\"HH:mm\", \"HH:mm\"]."))
                .ToList();
        }
        return new WorkingWeek(days);
    }

    private static int Minutes(string? clock)
    {
        if (clock == "24:00") return WorkingPeriod.MinutesPerDay;
        if (TimeOnly.TryParseExact(clock, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            return time.Hour * 60 + time.Minute;
        throw new FormatException($"'{clock}' is not a time of day (HH:mm, or 24:00 for the end of the day).");
    }

    private static HolidaySet ParseHolidays(string json)
    {
        using var document = JsonDocument.Parse(json);
        var recurring = new List<(int Month, int Day)>();
        var dates = new List<DateOnly>();
        foreach (var entry in document.RootElement.EnumerateArray())
        {
            var text = entry.GetProperty("date").GetString();
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                dates.Add(date);
            // A leap year keeps 02-29 valid as a recurring day.
            else if (DateOnly.TryParseExact("2000-" + text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                recurring.Add((day.Month, day.Day));
            else
                throw new FormatException($"Holiday date '{text}' is neither MM-dd nor yyyy-MM-dd.");
        }
        return new HolidaySet(recurring, dates);
    }
}
