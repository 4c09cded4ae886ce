using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace GoTrs.Infrastructure.Identity.Tokens;

/// <summary>
/// Checks a token's JOSE header. It is read before the signature is verified (the kid picks the key), so everything
/// here treats it as hostile: the algorithm is compared with the pinned one, never used to choose code.
/// </summary>
internal static class JwtHeaderReader
{
    /// <summary>
    /// True when the header is acceptable; <paramref name="keyId"/> is its "kid" (null when absent), otherwise
    /// <paramref name="problem"/> says what is wrong.
    /// </summary>
    public static bool TryRead(byte[] headerBytes, out string? keyId, [NotNullWhen(false)] out string? problem)
    {
        keyId = null;
        problem = "header is not a JSON object";
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(headerBytes, JwtJson.Strict);
        }
        catch (JsonException)
        {
            return false;
        }

        using (document)
        {
            JsonElement header = document.RootElement;
            if (header.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            if (!header.TryGetProperty("alg", out JsonElement alg) || !string.Equals(JwtJson.ReadString(alg), JwtHs256.Algorithm, StringComparison.Ordinal))
            {
                problem = "unsupported algorithm";
                return false;
            }

            // We implement no header extensions, and RFC 7515 §4.1.11 requires refusing tokens that demand one.
            if (header.TryGetProperty("crit", out _))
            {
                problem = "unsupported critical header";
                return false;
            }

            if (header.TryGetProperty("typ", out JsonElement typ) && !string.Equals(JwtJson.ReadString(typ), "JWT", StringComparison.OrdinalIgnoreCase))
            {
                problem = "unsupported token type";
                return false;
            }

            if (header.TryGetProperty("kid", out JsonElement kid))
            {
                keyId = JwtJson.ReadString(kid);
                if (keyId is null)
                {
                    problem = "unknown signing key";
                    return false;
                }
            }

            problem = null;
            return true;
        }
    }
}
