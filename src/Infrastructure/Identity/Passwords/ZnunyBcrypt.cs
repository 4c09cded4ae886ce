using System.Globalization;
using System.Text;

namespace GoTrs.Infrastructure.Identity.Passwords;

/// <summary>
/// Znuny's own bcrypt format <c>BCRYPT:&lt;cost&gt;:&lt;16 salt chars&gt;:&lt;31 chars&gt;</c> (Crypt::Eksblowfish::Bcrypt with
/// key_nul). The 16 salt characters are used directly as the 16 salt bytes, so the same hash can be computed by standard
/// bcrypt once those bytes are written in bcrypt's base64 as a <c>$2b$</c> setting.
/// </summary>
internal static class ZnunyBcrypt
{
    public const string Prefix = "BCRYPT:";

    private const int SaltChars = 16;
    private const int HashChars = 31;

    // libxcrypt only implements costs 4..31; Znuny itself never writes a cost below 9.
    private const int MinCost = 4;
    private const int MaxCost = 31;

    // Eksblowfish hashes at most 72 key bytes (the appended NUL included), so longer input cannot change the result;
    // cutting it here keeps libxcrypt's 512-byte passphrase limit from rejecting passwords Znuny accepted.
    private const int MaxKeyBytes = 72;

    private const string StandardAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private const string BcryptAlphabet = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>
    /// Recomputes the stored string for <paramref name="password"/> from the cost and salt found in
    /// <paramref name="stored"/>; null when the stored string does not parse or the computation is impossible.
    /// </summary>
    public static string? Recompute(ReadOnlySpan<byte> password, string stored)
    {
        if (!TryParse(stored, out string costText, out int cost, out string salt))
        {
            return null;
        }

        byte[] saltBytes = new byte[SaltChars];
        for (int i = 0; i < SaltChars; i++)
        {
            // Perl hands the salt to Eksblowfish as octets; characters above U+00FF cannot be octets.
            if (salt[i] > 0xFF)
            {
                return null;
            }

            saltBytes[i] = (byte)salt[i];
        }

        // $2b$ is the correct algorithm (what Eksblowfish implements); $2a$ in libxcrypt adds a countermeasure
        // for some passwords containing 0xFF bytes and would then differ.
        string setting = string.Create(CultureInfo.InvariantCulture, $"$2b${cost:D2}${ToBcryptBase64(saltBytes)}");
        ReadOnlySpan<byte> key = password.Length > MaxKeyBytes ? password[..MaxKeyBytes] : password;
        byte[]? output = UnixCrypt.Crypt(key, Encoding.ASCII.GetBytes(setting));
        if (output is null || output.Length != setting.Length + HashChars)
        {
            return null;
        }

        string hash = Encoding.ASCII.GetString(output, setting.Length, HashChars);
        return Prefix + costText + ":" + salt + ":" + hash;
    }

    // Mirrors ^BCRYPT:(\d+):(.{16}):(.*)$ from Znuny's Auth/DB.pm.
    private static bool TryParse(string stored, out string costText, out int cost, out string salt)
    {
        costText = salt = string.Empty;
        cost = 0;
        if (!stored.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        int costEnd = stored.IndexOf(':', Prefix.Length);
        if (costEnd <= Prefix.Length || stored.Length < costEnd + 1 + SaltChars + 1 || stored[costEnd + 1 + SaltChars] != ':')
        {
            return false;
        }

        costText = stored[Prefix.Length..costEnd];
        salt = stored.Substring(costEnd + 1, SaltChars);
        return costText.All(char.IsAsciiDigit)
            && int.TryParse(costText, NumberStyles.None, CultureInfo.InvariantCulture, out cost)
            && cost is >= MinCost and <= MaxCost;
    }

    // bcrypt's base64: the standard bit layout with its own alphabet and no padding (16 bytes -> 22 chars).
    private static string ToBcryptBase64(byte[] bytes)
    {
        string standard = Convert.ToBase64String(bytes).TrimEnd('=');
        return string.Create(standard.Length, standard, static (span, source) =>
        {
            for (int i = 0; i < source.Length; i++)
            {
                span[i] = BcryptAlphabet[StandardAlphabet.IndexOf(source[i], StringComparison.Ordinal)];
            }
        });
    }
}
