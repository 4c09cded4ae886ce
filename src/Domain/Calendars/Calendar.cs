using GoTrs.Domain.Common;

namespace GoTrs.Domain.Calendars;

/// <summary>
/// A business-hours calendar (GoTrs table <c>gotrs_calendar</c>; OTRS keeps calendars in SysConfig). Queues and SLAs
/// refer to it by <see cref="NamedLookup.Name"/>. The two JSON documents stay strings here so that a malformed one
/// cannot stop the row from loading; <see cref="ToBusinessCalendar"/> parses them.
/// </summary>
public sealed class Calendar : NamedLookup
{
    /// <summary>IANA id, e.g. "Europe/Berlin".</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>Per weekday a list of [from, to) local times: <c>{"mon":[["08:00","17:00"]]}</c>.</summary>
    public string WorkingHours { get; set; } = "{}";

    /// <summary>
    /// <c>[{"date":"12-25","name":"Christmas Day"},{"date":"2026-04-03","name":"Good Friday"}]</c>: "MM-dd" recurs
    /// every year, "yyyy-MM-dd" is a single day.
    /// </summary>
    public string Holidays { get; set; } = "[]";

    public string? Comments { get; set; }

    /// <exception cref="FormatException">When the time zone is unknown or a JSON document is malformed.</exception>
    public BusinessCalendar ToBusinessCalendar() => CalendarDefinition.Parse(TimeZone, WorkingHours, Holidays);
}
