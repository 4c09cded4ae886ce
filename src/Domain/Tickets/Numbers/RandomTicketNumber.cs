using System.Globalization;

namespace GoTrs.Domain.Tickets.Numbers;

/// <summary>Znuny's "Random" generator: SystemID + <c>int(rand(9999999999))</c> zero-padded to ten digits.</summary>
public static class RandomTicketNumber
{
    /// <summary>Exclusive upper bound of the random part, as Perl's <c>rand(9999999999)</c>.</summary>
    public const long Bound = 9_999_999_999;

    public static string Format(string systemId, long random)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(random);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(random, Bound);
        return TicketNumberParts.SystemId(systemId) + random.ToString("D10", CultureInfo.InvariantCulture);
    }
}
