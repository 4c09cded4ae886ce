using System.Buffers.Binary;
using Microsoft.AspNetCore.Cryptography.KeyDerivation;
using Microsoft.AspNetCore.Identity;

namespace GoTrs.Infrastructure.Identity.Passwords;

/// <summary>
/// GoTrs's own format for new passwords: <c>PBKDF2:</c> followed by ASP.NET Core Identity's v3 hash
/// (PBKDF2 with salt, PRF and iteration count embedded). The prefix keeps it distinguishable from every Znuny format.
/// </summary>
internal static class Pbkdf2PasswordFormat
{
    public const string Prefix = "PBKDF2:";

    // Identity's v3 layout: 0x01 | PRF (uint32 BE) | iterations (uint32 BE) | salt length (uint32 BE) | salt | subkey.
    private const byte V3Marker = 0x01;
    private const int V3HeaderLength = 13;

    // Identity refuses salts and subkeys shorter than 128 bits, so such a value can never verify and must be replaced.
    private const int MinSaltOrSubkeyBytes = 16;

    // What Identity writes today (HMAC-SHA512 since .NET 7); anything weaker is worth replacing.
    private const KeyDerivationPrf CurrentPrf = KeyDerivationPrf.HMACSHA512;

    // Identity ignores the user argument; one shared instance stands in for it.
    private static readonly object NoUser = new();

    private static readonly PasswordHasherOptions CurrentOptions = new();
    private static readonly PasswordHasher<object> Hasher = new();

    public static string Hash(string password) => Prefix + Hasher.HashPassword(NoUser, password);

    public static bool Verify(string password, string stored)
    {
        try
        {
            // SuccessRehashNeeded is still a success; NeedsRehash reports the rehash separately.
            return Hasher.VerifyHashedPassword(NoUser, stored[Prefix.Length..], password) != PasswordVerificationResult.Failed;
        }
        catch (FormatException)
        {
            // Identity decodes the payload with Convert.FromBase64String, which throws on garbage.
            return false;
        }
    }

    /// <summary>
    /// True unless the hash is v3 with today's PRF and at least today's iteration count: the conditions under which
    /// Identity would answer SuccessRehashNeeded, decided here from the stored string alone.
    /// </summary>
    public static bool NeedsRehash(string stored)
    {
        ReadOnlySpan<char> payload = stored.AsSpan(Prefix.Length);
        byte[] decoded = new byte[payload.Length];
        if (!Convert.TryFromBase64Chars(payload, decoded, out int length) || length < V3HeaderLength || decoded[0] != V3Marker)
        {
            return true;
        }

        uint prf = BinaryPrimitives.ReadUInt32BigEndian(decoded.AsSpan(1));
        uint iterations = BinaryPrimitives.ReadUInt32BigEndian(decoded.AsSpan(5));
        long saltLength = BinaryPrimitives.ReadUInt32BigEndian(decoded.AsSpan(9));
        long subkeyLength = length - V3HeaderLength - saltLength;
        return prf != (uint)CurrentPrf
            || iterations < (uint)CurrentOptions.IterationCount
            || saltLength < MinSaltOrSubkeyBytes
            || subkeyLength < MinSaltOrSubkeyBytes;
    }
}
