namespace GoTrs.Infrastructure.Identity.Tokens;

/// <summary>One HMAC-SHA256 key; the configuration binder reads <see cref="Secret"/> from a base64 string.</summary>
public sealed class JwtSigningKey
{
    /// <summary>HMAC-SHA256 keys shorter than the hash output (RFC 7518 §3.2) are refused.</summary>
    public const int MinSecretBytes = 32;

    /// <summary>Written to the token header as "kid" so validation can pick the right key during rotation.</summary>
    public string KeyId { get; set; } = string.Empty;

    public byte[] Secret { get; set; } = [];
}
