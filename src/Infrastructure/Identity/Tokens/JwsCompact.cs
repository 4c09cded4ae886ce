using System.Security.Cryptography;
using System.Text;

namespace GoTrs.Infrastructure.Identity.Tokens;

/// <summary>The JWS compact serialization (RFC 7515 §7.1) and its HMAC-SHA256 signature.</summary>
internal static class JwsCompact
{
    private const int SignatureBytes = 32;

    /// <summary>
    /// Splits <c>header.payload.signature</c>, decoding each part as strict base64url; false unless there are exactly
    /// three parts and all decode.
    /// </summary>
    public static bool TrySplit(string token, out byte[] header, out string signingInput, out byte[] payload, out byte[] signature)
    {
        header = payload = signature = [];
        signingInput = string.Empty;

        int firstDot = token.IndexOf('.');
        int secondDot = firstDot < 0 ? -1 : token.IndexOf('.', firstDot + 1);
        if (secondDot < 0 || token.IndexOf('.', secondDot + 1) >= 0)
        {
            return false;
        }

        ReadOnlySpan<char> span = token;
        if (!Base64UrlStrict.TryDecode(span[..firstDot], out header)
            || !Base64UrlStrict.TryDecode(span[(firstDot + 1)..secondDot], out payload)
            || !Base64UrlStrict.TryDecode(span[(secondDot + 1)..], out signature))
        {
            return false;
        }

        signingInput = token[..secondDot];
        return true;
    }

    public static bool SignatureMatches(ReadOnlySpan<byte> key, string signingInput, byte[] signature)
    {
        // FixedTimeEquals only short-circuits on length, which is public (always 32 bytes for HS256).
        return signature.Length == SignatureBytes && CryptographicOperations.FixedTimeEquals(Sign(key, signingInput), signature);
    }

    // The signing input is base64url text, hence pure ASCII.
    public static byte[] Sign(ReadOnlySpan<byte> key, string signingInput) =>
        HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(signingInput));
}
