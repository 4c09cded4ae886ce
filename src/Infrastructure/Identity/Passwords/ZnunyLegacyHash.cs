using System.Security.Cryptography;
using System.Text;

namespace GoTrs.Infrastructure.Identity.Passwords;

/// <summary>
/// Recomputes an OTRS/Znuny stored password string the way Kernel/System/Auth/DB.pm does (schema notes §C.1), so the
/// caller only has to compare it with the stored one. The rule order matters: it is Znuny's, including its quirks
/// (every <c>$x$y$z</c> string is treated as MD5-crypt, the login is the salt of the fallback crypt).
/// </summary>
internal static class ZnunyLegacyHash
{
    private const int DesHashLength = 13;

    /// <summary>The bytes Znuny would have stored for this password, or null when nothing can be computed.</summary>
    public static byte[]? Recompute(string password, string stored, string login)
    {
        byte[] pw = Encoding.UTF8.GetBytes(password);
        try
        {
            return RecomputeCore(pw, stored, login);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(pw);
        }
    }

    private static byte[]? RecomputeCore(byte[] pw, string stored, string login)
    {
        if (stored.Length == DesHashLength)
        {
            // Traditional DES crypt: the salt is the first two characters.
            return UnixCrypt.Crypt(pw, Encoding.UTF8.GetBytes(stored[..2]));
        }

        if (TrySplitModularCrypt(stored, out string magic, out string salt))
        {
            // Only "$apr1$" selects APR1; any other magic ($2a$, $5$, $6$ ...) is computed as "$1$" and so never matches.
            return Md5Crypt.Compute(pw, Encoding.UTF8.GetBytes(salt), magic == Md5Crypt.ApacheMagic ? Md5Crypt.ApacheMagic : Md5Crypt.UnixMagic);
        }

        if (IsHex(stored, 64))
        {
            return LowerHex(SHA256.HashData(pw));
        }

        if (IsHex(stored, 128))
        {
            return LowerHex(SHA512.HashData(pw));
        }

        if (stored.StartsWith(ZnunyBcrypt.Prefix, StringComparison.Ordinal))
        {
            string? bcrypt = ZnunyBcrypt.Recompute(pw, stored);
            return bcrypt is null ? null : Encoding.UTF8.GetBytes(bcrypt);
        }

        if (IsHex(stored, 40))
        {
            return LowerHex(SHA1.HashData(pw));
        }

        // Znuny's CryptType "crypt": crypt(pw, login). On glibc/libxcrypt long passwords with a long login give bigcrypt.
        return UnixCrypt.Crypt(pw, Encoding.UTF8.GetBytes(login));
    }

    // ^\$.+?\$.+?\$.*$ : magic is the text up to the second '$', salt the text between the second and third '$'.
    private static bool TrySplitModularCrypt(string stored, out string magic, out string salt)
    {
        magic = salt = string.Empty;
        if (stored.Length < 4 || stored[0] != '$')
        {
            return false;
        }

        // Search from index 2 because the lazy ".+?" must consume at least one character (which may itself be '$').
        int second = stored.IndexOf('$', 2);
        if (second < 0 || second + 2 > stored.Length)
        {
            return false;
        }

        int third = stored.IndexOf('$', second + 2);
        if (third < 0)
        {
            return false;
        }

        magic = stored[..(second + 1)];
        salt = stored[(second + 1)..third];
        return true;
    }

    // The recognising regexes are case-insensitive, but the computed digest is lower-case, so upper-case never matches.
    private static bool IsHex(string value, int length) => value.Length == length && value.All(char.IsAsciiHexDigit);

    private static byte[] LowerHex(byte[] digest) => Encoding.ASCII.GetBytes(Convert.ToHexStringLower(digest));
}
