using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using GoTrs.Infrastructure.Identity.Tokens;
using Microsoft.Extensions.Options;

namespace GoTrs.Infrastructure.UnitTests.Identity.Tokens;

/// <summary>Keys, clock and a token forger built only on framework primitives, independent of the code under test.</summary>
internal static class JwtTestKit
{
    public static readonly DateTimeOffset Start = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static readonly JwtSigningKey Current = Key("2025-03", "current-key-0123456789abcdefghijk");
    public static readonly JwtSigningKey Previous = Key("2025-01", "previous-key-0123456789abcdefghij");
    public static readonly JwtSigningKey Impostor = Key("2025-03", "impostor-key-0123456789abcdefghij");

    public static JwtSigningKey Key(string id, string secret) => new() { KeyId = id, Secret = Encoding.ASCII.GetBytes(secret) };

    public static JwtHs256 Create(ManualTimeProvider clock, params JwtSigningKey[] keys) =>
        new(Options.Create(new JwtOptions { Keys = [.. keys] }), clock);

    public static JwtHs256 Create(ManualTimeProvider clock, JwtOptions options) => new(Options.Create(options), clock);

    public static long Epoch(DateTimeOffset at) => at.ToUnixTimeSeconds();

    /// <summary>A payload that passes every claim check at <see cref="Start"/>.</summary>
    public static string ValidPayload(string sub = "agent-1") =>
        $$"""{"sub":"{{sub}}","iss":"gotrs","aud":"gotrs-api","iat":{{Epoch(Start)}},"nbf":{{Epoch(Start)}},"exp":{{Epoch(Start.AddMinutes(15))}}}""";

    public static string Encode(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));

    public static string HeaderFor(JwtSigningKey key) => $$"""{"alg":"HS256","typ":"JWT","kid":"{{key.KeyId}}"}""";

    /// <summary>header.payload.HMAC-SHA256 signature, with whatever header and payload the test wants.</summary>
    public static string Forge(string headerJson, string payloadJson, byte[] secret)
    {
        string input = Encode(headerJson) + "." + Encode(payloadJson);
        return input + "." + Base64Url.EncodeToString(HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(input)));
    }

    public static string Forge(string payloadJson, JwtSigningKey key) => Forge(HeaderFor(key), payloadJson, key.Secret);

    public static string DecodePart(string token, int index) =>
        Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token.Split('.')[index]));
}
