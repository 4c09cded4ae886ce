namespace GoTrs.Domain.Tickets.Numbers;

/// <summary>The "Date" generator: <c>YYYYMMDD</c> + SystemID + counter, padded only when the formatted counter is on.</summary>
public static class DateTicketNumber
{
    public static string Format(
        DateOnly date, string systemId, long counter, bool useFormattedCounter = false, int minCounterSize = 5) =>
        TicketNumberParts.Date(date) + TicketNumberParts.SystemId(systemId) +
        TicketNumberParts.Counter(counter, useFormattedCounter ? minCounterSize : 1);
}
