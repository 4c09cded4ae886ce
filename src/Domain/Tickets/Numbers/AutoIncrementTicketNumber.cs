using System.Globalization;

namespace GoTrs.Domain.Tickets.Numbers;

/// <summary>The "AutoIncrement" generator: SystemID + a counter that never restarts, zero-padded to the minimum size.</summary>
public static class AutoIncrementTicketNumber
{
    public static string Format(string systemId, long counter, int minCounterSize = 5) =>
        TicketNumberParts.SystemId(systemId) + TicketNumberParts.Counter(counter, minCounterSize);

    /// <summary>
    /// The counter to continue from when the counter table is empty (a migrated system): the last ticket's number
    /// without SystemID and leading zeros. 0 when there is none or it came from a date-based generator, whose
    /// counter restarted daily and means nothing here.
    /// </summary>
    public static long SeedFrom(string? lastTicketNumber, string systemId)
    {
        if (!TicketNumberParts.IsDigits(lastTicketNumber) || LooksDateBased(lastTicketNumber!, systemId)) return 0;
        var counter = lastTicketNumber!.StartsWith(systemId, StringComparison.Ordinal)
            ? lastTicketNumber[systemId.Length..]
            : lastTicketNumber;
        return long.TryParse(counter, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;
    }

    private static bool LooksDateBased(string number, string systemId) =>
        number.Length > 8 + systemId.Length &&
        number.AsSpan(8).StartsWith(systemId, StringComparison.Ordinal) &&
        DateOnly.TryParseExact(number.AsSpan(0, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) &&
        date.Year >= 1990;
}
