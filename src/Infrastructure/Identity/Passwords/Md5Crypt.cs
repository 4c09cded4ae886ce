using System.Security.Cryptography;
using System.Text;

namespace GoTrs.Infrastructure.Identity.Passwords;

/// <summary>
/// FreeBSD MD5-crypt (<c>$1$</c>) and Apache's APR1 variant (<c>$apr1$</c>, same algorithm, different magic).
/// Written by hand because Znuny uses the login as salt, which may contain characters ('@', '.') that
/// libcrypt's salt validation refuses.
/// </summary>
internal static class Md5Crypt
{
    public const string UnixMagic = "$1$";
    public const string ApacheMagic = "$apr1$";

    private const int MaxSaltLength = 8;
    private const int Rounds = 1000;
    private const string Alphabet = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private static readonly byte[] NulByte = [0];

    /// <summary>
    /// Returns <c>magic + salt + "$" + 22 chars</c> as bytes. <paramref name="salt"/> is the bare salt field
    /// (no magic, no '$'); bytes beyond the eighth are ignored.
    /// </summary>
    public static byte[] Compute(ReadOnlySpan<byte> password, ReadOnlySpan<byte> salt, string magic)
    {
        byte[] magicBytes = Encoding.ASCII.GetBytes(magic);
        salt = NormaliseSalt(salt);

        using IncrementalHash md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);

        md5.AppendData(password);
        md5.AppendData(salt);
        md5.AppendData(password);
        byte[] alternate = md5.GetHashAndReset();

        md5.AppendData(password);
        md5.AppendData(magicBytes);
        md5.AppendData(salt);
        for (int remaining = password.Length; remaining > 0; remaining -= 16)
        {
            md5.AppendData(alternate, 0, Math.Min(16, remaining));
        }

        // The historic quirk: a set bit adds a NUL byte, a clear bit adds the password's first byte.
        for (int bits = password.Length; bits != 0; bits >>= 1)
        {
            if ((bits & 1) != 0)
            {
                md5.AppendData(NulByte);
            }
            else
            {
                md5.AppendData(password[..1]);
            }
        }

        byte[] final = md5.GetHashAndReset();
        CryptographicOperations.ZeroMemory(alternate);

        for (int round = 0; round < Rounds; round++)
        {
            bool odd = (round & 1) != 0;
            md5.AppendData(odd ? password : final);
            if (round % 3 != 0)
            {
                md5.AppendData(salt);
            }

            if (round % 7 != 0)
            {
                md5.AppendData(password);
            }

            md5.AppendData(odd ? final : password);
            md5.GetHashAndReset(final);
        }

        byte[] output = new byte[magicBytes.Length + salt.Length + 1 + 22];
        magicBytes.CopyTo(output, 0);
        salt.CopyTo(output.AsSpan(magicBytes.Length));
        int pos = magicBytes.Length + salt.Length;
        output[pos++] = (byte)'$';

        // Byte permutation fixed by the original implementation.
        pos = Encode(output, pos, (final[0] << 16) | (final[6] << 8) | final[12], 4);
        pos = Encode(output, pos, (final[1] << 16) | (final[7] << 8) | final[13], 4);
        pos = Encode(output, pos, (final[2] << 16) | (final[8] << 8) | final[14], 4);
        pos = Encode(output, pos, (final[3] << 16) | (final[9] << 8) | final[15], 4);
        pos = Encode(output, pos, (final[4] << 16) | (final[10] << 8) | final[5], 4);
        Encode(output, pos, final[11], 2);

        CryptographicOperations.ZeroMemory(final);
        return output;
    }

    // Like Perl's Crypt::PasswdMD5 the salt is cut to 8 bytes (Znuny passes the whole login, so this matters).
    private static ReadOnlySpan<byte> NormaliseSalt(ReadOnlySpan<byte> salt) =>
        salt.Length > MaxSaltLength ? salt[..MaxSaltLength] : salt;

    private static int Encode(byte[] output, int pos, int value, int chars)
    {
        for (int i = 0; i < chars; i++)
        {
            output[pos++] = (byte)Alphabet[value & 0x3f];
            value >>= 6;
        }

        return pos;
    }
}
