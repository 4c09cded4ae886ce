using System.Buffers.Binary;
using System.Security.Cryptography;

namespace GoTrs.Infrastructure.Tickets;

/// <summary>
/// Uniform random numbers below a bound from the system CSPRNG: a guessable next number would let outsiders address
/// tickets.
/// </summary>
internal static class RandomTicketDigits
{
    public static long Below(long bound)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bound, 1);
        var range = (ulong)bound;
        // Draws at or above the last whole multiple of the range are redrawn so that no remainder is favoured.
        var limit = ulong.MaxValue - ulong.MaxValue % range;
        Span<byte> bytes = stackalloc byte[8];
        while (true)
        {
            RandomNumberGenerator.Fill(bytes);
            var value = BinaryPrimitives.ReadUInt64LittleEndian(bytes);
            if (value < limit) return (long)(value % range);
        }
    }
}
