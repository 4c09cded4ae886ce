using System.Security.Cryptography;
using System.Text;
using GoTrs.Application.Common.Interfaces;

namespace GoTrs.Infrastructure.Identity.Passwords;

/// <summary>
/// Verifies GoTrs's PBKDF2 format and every format an OTRS/Znuny database may hold (DES/bigcrypt crypt, MD5-crypt, APR1,
/// SHA-1/256/512 hex, Znuny's BCRYPT:), and hashes new passwords as PBKDF2 so legacy hashes can be replaced on login.
/// Never throws on malformed stored values: a value that cannot be checked simply does not match.
/// </summary>
public sealed class OtrsPasswordHasher : IPasswordHasher
{
    /// <summary>
    /// MD5-crypt hashes the password about 1500 times, so its cost grows with the password's length; without a cap one
    /// unauthenticated login request with a multi-megabyte password could occupy a CPU for seconds. No real password
    /// comes near this limit.
    /// </summary>
    public const int MaxPasswordLength = 1024;

    public bool Verify(string password, string storedHash, string login)
    {
        // Znuny rejects empty passwords before looking at the hash; an empty hash cannot match anything.
        if (string.IsNullOrEmpty(password) || string.IsNullOrEmpty(storedHash) || password.Length > MaxPasswordLength)
        {
            return false;
        }

        if (storedHash.StartsWith(Pbkdf2PasswordFormat.Prefix, StringComparison.Ordinal))
        {
            return Pbkdf2PasswordFormat.Verify(password, storedHash);
        }

        byte[]? computed = ZnunyLegacyHash.Recompute(password, storedHash, login ?? string.Empty);

        // Znuny compares with Perl's "eq": exact and case-sensitive. Constant time so response timing leaks nothing.
        return computed is not null && CryptographicOperations.FixedTimeEquals(computed, Encoding.UTF8.GetBytes(storedHash));
    }

    public string Hash(string password)
    {
        // An empty password could never be verified (see Verify), so storing one would lock the account silently.
        ArgumentException.ThrowIfNullOrEmpty(password);

        // A password Verify would refuse must not be stored.
        ArgumentOutOfRangeException.ThrowIfGreaterThan(password.Length, MaxPasswordLength, nameof(password));
        return Pbkdf2PasswordFormat.Hash(password);
    }

    public bool NeedsRehash(string storedHash) =>
        string.IsNullOrEmpty(storedHash)
        || !storedHash.StartsWith(Pbkdf2PasswordFormat.Prefix, StringComparison.Ordinal)
        || Pbkdf2PasswordFormat.NeedsRehash(storedHash);
}
