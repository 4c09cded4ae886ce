using System.Globalization;

namespace GoTrs.Domain.Agents;

/// <summary>OTRS's out-of-office preferences of an agent: a flag and a first and last day (year, month, day keys).</summary>
public static class OutOfOffice
{
    public const string Flag = "OutOfOffice";

    public static readonly IReadOnlyList<string> Keys =
    [
        Flag, "OutOfOfficeStartYear", "OutOfOfficeStartMonth", "OutOfOfficeStartDay",
        "OutOfOfficeEndYear", "OutOfOfficeEndMonth", "OutOfOfficeEndDay",
    ];

    /// <summary>True when the agent switched out-of-office on and <paramref name="now"/> (UTC) falls within its days.</summary>
    public static bool IsAway(IReadOnlyDictionary<string, string?> preferences, DateTimeOffset now)
    {
        if (preferences.GetValueOrDefault(Flag) is not { Length: > 0 } flag || flag == "0") return false;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return Day(preferences, "OutOfOfficeStart") is { } first && Day(preferences, "OutOfOfficeEnd") is { } last
               && first <= today && today <= last;
    }

    private static DateOnly? Day(IReadOnlyDictionary<string, string?> preferences, string prefix)
    {
        int Part(string name) => int.TryParse(preferences.GetValueOrDefault(prefix + name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;
        var (year, month, day) = (Part("Year"), Part("Month"), Part("Day"));
        return year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }
}
