using System.Security.Claims;
using System.Text.Json;

namespace GoTrs.Infrastructure.Identity.Tokens;

/// <summary>Turns a validated payload object into claims: arrays become one claim per element, null members are dropped.</summary>
internal static class JwtClaimsReader
{
    // The value type used by Microsoft's JWT handlers for nested JSON, so consumers can recognise it.
    private const string JsonValueType = "JSON";

    public static List<Claim> Read(JsonElement payload, string issuer)
    {
        var claims = new List<Claim>();
        foreach (JsonProperty property in payload.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement item in property.Value.EnumerateArray())
                {
                    Add(claims, property.Name, item, issuer);
                }

                continue;
            }

            Add(claims, property.Name, property.Value, issuer);
        }

        return claims;
    }

    private static void Add(List<Claim> claims, string type, JsonElement value, string issuer)
    {
        (string text, string valueType)? claim = value.ValueKind switch
        {
            JsonValueKind.String => (value.GetString()!, ClaimValueTypes.String),
            JsonValueKind.Number => (value.GetRawText(), value.TryGetInt64(out _) ? ClaimValueTypes.Integer64 : ClaimValueTypes.Double),
            JsonValueKind.True => ("true", ClaimValueTypes.Boolean),
            JsonValueKind.False => ("false", ClaimValueTypes.Boolean),
            JsonValueKind.Object or JsonValueKind.Array => (value.GetRawText(), JsonValueType),
            _ => null,
        };

        if (claim is { } c)
        {
            claims.Add(new Claim(type, c.text, c.valueType, issuer));
        }
    }
}
