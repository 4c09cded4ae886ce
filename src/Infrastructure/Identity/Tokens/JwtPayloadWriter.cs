using System.Globalization;
using System.Security.Claims;
using System.Text.Json;

namespace GoTrs.Infrastructure.Identity.Tokens;

/// <summary>Writes the JSON header and claim set of a token GoTrs issues.</summary>
internal static class JwtPayloadWriter
{
    /// <summary>Claims JwtHs256 sets itself; accepting them from callers would make it ambiguous which value wins.</summary>
    public static readonly IReadOnlySet<string> RegisteredClaims = new HashSet<string>(StringComparer.Ordinal)
    {
        "iss", "aud", "iat", "nbf", "exp", "jti",
    };

    public static byte[] WriteHeader(string keyId)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("alg", JwtHs256.Algorithm);
            json.WriteString("typ", "JWT");
            json.WriteString("kid", keyId);
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    public static byte[] WritePayload(IEnumerable<Claim> claims, JwtOptions options, long issuedAt, long expires, string tokenId)
    {
        // A claim type given several times becomes one JSON array, in the order the claims arrived.
        var byType = new Dictionary<string, List<Claim>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (Claim claim in claims)
        {
            ArgumentNullException.ThrowIfNull(claim, nameof(claims));
            if (RegisteredClaims.Contains(claim.Type))
            {
                throw new ArgumentException($"Claim '{claim.Type}' is set by the token issuer and cannot be supplied.", nameof(claims));
            }

            if (!byType.TryGetValue(claim.Type, out List<Claim>? list))
            {
                byType[claim.Type] = list = [];
                order.Add(claim.Type);
            }

            list.Add(claim);
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (string type in order)
            {
                json.WritePropertyName(type);
                List<Claim> values = byType[type];
                if (values.Count == 1)
                {
                    WriteValue(json, values[0]);
                    continue;
                }

                json.WriteStartArray();
                values.ForEach(claim => WriteValue(json, claim));
                json.WriteEndArray();
            }

            json.WriteString("iss", options.Issuer);
            json.WriteString("aud", options.Audience);
            json.WriteNumber("iat", issuedAt);
            json.WriteNumber("nbf", issuedAt);
            json.WriteNumber("exp", expires);
            json.WriteString("jti", tokenId);
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    // Values stay strings unless the claim says otherwise, so "00123" or "1e3" never silently change meaning.
    private static void WriteValue(Utf8JsonWriter json, Claim claim)
    {
        switch (claim.ValueType)
        {
            case ClaimValueTypes.Integer64 or ClaimValueTypes.Integer or ClaimValueTypes.Integer32:
                if (!long.TryParse(claim.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long number))
                {
                    throw new ArgumentException($"Claim '{claim.Type}' is typed as an integer but its value is not one.", nameof(claim));
                }

                json.WriteNumberValue(number);
                break;
            case ClaimValueTypes.Boolean when bool.TryParse(claim.Value, out bool flag):
                json.WriteBooleanValue(flag);
                break;
            default:
                json.WriteStringValue(claim.Value);
                break;
        }
    }
}
