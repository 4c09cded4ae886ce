using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace GoTrs.Infrastructure.Identity.Tokens;

/// <summary>
/// Issues and validates compact HS256 JWTs. The algorithm is pinned: a token's "alg" header is checked, never obeyed,
/// which closes the "alg: none" and algorithm-substitution attacks.
/// </summary>
public sealed class JwtHs256
{
    public const string Algorithm = "HS256";

    /// <summary>Authentication type of the identities produced; any non-empty value makes them authenticated.</summary>
    public const string AuthenticationType = "Bearer";

    public const string NameClaimType = "name";
    public const string RoleClaimType = "role";

    private const int TokenIdBytes = 16;

    private readonly JwtOptions _options;
    private readonly TimeProvider _clock;
    private readonly JwtSigningKey[] _keys;

    public JwtHs256(IOptions<JwtOptions> options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        _options = options.Value;
        _clock = clock;
        _keys = JwtOptionsGuard.CheckAndCopyKeys(_options);
    }

    /// <summary>Creates a token for <paramref name="claims"/>, signed with the first configured key.</summary>
    public string Create(IEnumerable<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        DateTimeOffset now = _clock.GetUtcNow();
        JwtSigningKey key = _keys[0];

        byte[] header = JwtPayloadWriter.WriteHeader(key.KeyId);
        byte[] payload = JwtPayloadWriter.WritePayload(
            claims,
            _options,
            now.ToUnixTimeSeconds(),
            now.Add(_options.AccessTokenLifetime).ToUnixTimeSeconds(),
            Base64UrlStrict.Encode(RandomNumberGenerator.GetBytes(TokenIdBytes)));

        string signingInput = Base64UrlStrict.Encode(header) + "." + Base64UrlStrict.Encode(payload);
        return signingInput + "." + Base64UrlStrict.Encode(JwsCompact.Sign(key.Secret, signingInput));
    }

    /// <summary>Checks everything about <paramref name="token"/>; the failure reason names the first check that failed.</summary>
    public JwtValidationResult Validate(string token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return JwtValidationResult.Failure("token is empty");
        }

        if (token.Length > _options.MaxTokenLength)
        {
            return JwtValidationResult.Failure("token is too long");
        }

        if (!JwsCompact.TrySplit(token, out byte[] header, out string signingInput, out byte[] payload, out byte[] signature))
        {
            return JwtValidationResult.Failure("token is not a compact JWS");
        }

        if (!JwtHeaderReader.TryRead(header, out string? keyId, out string? headerProblem))
        {
            return JwtValidationResult.Failure(headerProblem);
        }

        JwtSigningKey? key = keyId is null ? _keys[0] : Array.Find(_keys, k => string.Equals(k.KeyId, keyId, StringComparison.Ordinal));
        if (key is null)
        {
            return JwtValidationResult.Failure("unknown signing key");
        }

        // The payload stays unparsed until the signature proves it is ours.
        if (!JwsCompact.SignatureMatches(key.Secret, signingInput, signature))
        {
            return JwtValidationResult.Failure("invalid signature");
        }

        return ValidatePayload(payload);
    }

    /// <summary>
    /// True when <paramref name="token"/> is a compact JWS whose third part is the HMAC-SHA256 of the first two under
    /// <paramref name="key"/>. Only the signature is checked: no header, claim or lifetime rules.
    /// </summary>
    public static bool HasValidSignature(string token, ReadOnlySpan<byte> key) =>
        !string.IsNullOrEmpty(token)
        && JwsCompact.TrySplit(token, out _, out string signingInput, out _, out byte[] signature)
        && JwsCompact.SignatureMatches(key, signingInput, signature);

    private JwtValidationResult ValidatePayload(byte[] payloadBytes)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(payloadBytes, JwtJson.Strict);
        }
        catch (JsonException)
        {
            return JwtValidationResult.Failure("payload is not JSON");
        }

        using (document)
        {
            JsonElement payload = document.RootElement;
            if (payload.ValueKind != JsonValueKind.Object)
            {
                return JwtValidationResult.Failure("payload is not a JSON object");
            }

            string? problem = CheckLifetime(payload) ?? CheckIssuer(payload) ?? CheckAudience(payload);
            if (problem is not null)
            {
                return JwtValidationResult.Failure(problem);
            }

            List<Claim> claims;
            try
            {
                claims = JwtClaimsReader.Read(payload, _options.Issuer);
            }
            catch (InvalidOperationException)
            {
                // A claim string that is not valid UTF-16 (see JwtJson.ReadString); we never issue such tokens.
                return JwtValidationResult.Failure("payload has an unreadable claim");
            }

            var identity = new ClaimsIdentity(claims, AuthenticationType, NameClaimType, RoleClaimType);
            return JwtValidationResult.Success(new ClaimsPrincipal(identity));
        }
    }

    private string? CheckLifetime(JsonElement payload)
    {
        double now = _clock.GetUtcNow().ToUnixTimeMilliseconds() / 1000.0;
        double skew = _options.ClockSkew.TotalSeconds;

        if (!payload.TryGetProperty("exp", out JsonElement exp))
        {
            return "token has no expiry";
        }

        if (!TryGetNumericDate(exp, out double expires))
        {
            return "exp is not a number";
        }

        // RFC 7519 §4.1.4: the current time must be before exp.
        if (now >= expires + skew)
        {
            return "token has expired";
        }

        if (payload.TryGetProperty("nbf", out JsonElement nbf))
        {
            if (!TryGetNumericDate(nbf, out double notBefore))
            {
                return "nbf is not a number";
            }

            if (notBefore > now + skew)
            {
                return "token is not valid yet";
            }
        }

        return null;
    }

    private string? CheckIssuer(JsonElement payload) =>
        payload.TryGetProperty("iss", out JsonElement iss) && string.Equals(JwtJson.ReadString(iss), _options.Issuer, StringComparison.Ordinal)
            ? null
            : "wrong issuer";

    private string? CheckAudience(JsonElement payload)
    {
        if (!payload.TryGetProperty("aud", out JsonElement aud))
        {
            return "wrong audience";
        }

        bool matches = aud.ValueKind switch
        {
            JsonValueKind.String => IsAudience(aud),
            JsonValueKind.Array => aud.EnumerateArray().Any(IsAudience),
            _ => false,
        };
        return matches ? null : "wrong audience";
    }

    private bool IsAudience(JsonElement value) => string.Equals(JwtJson.ReadString(value), _options.Audience, StringComparison.Ordinal);

    private static bool TryGetNumericDate(JsonElement value, out double seconds)
    {
        seconds = 0;
        return value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out seconds) && double.IsFinite(seconds);
    }
}
