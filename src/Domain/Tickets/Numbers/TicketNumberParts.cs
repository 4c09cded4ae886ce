using System.Globalization;

namespace GoTrs.Domain.Tickets.Numbers;

/// <summary>The pieces every generator shares: the date prefix, the padded counter and the SystemID check.</summary>
internal static class TicketNumberParts
{
    public static bool IsDigits(string? value) => !string.IsNullOrEmpty(value) && value.All(char.IsAsciiDigit);

    public static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>Zero-pads to <paramref name="minSize"/> but never cuts: a counter past the size simply grows longer.</summary>
    public static string Counter(long counter, int minSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(counter);
        ArgumentOutOfRangeException.ThrowIfLessThan(minSize, 1);
        return counter.ToString(CultureInfo.InvariantCulture).PadLeft(minSize, '0');
    }

    public static string SystemId(string systemId) =>
        IsDigits(systemId)
            ? systemId
            : throw new ArgumentException($"SystemID must be digits only, not '{systemId}'.", nameof(systemId));
}
