namespace GoTrs.Infrastructure.Identity.Tokens;

/// <summary>Refuses unusable token settings when JwtHs256 is constructed rather than at the first login.</summary>
internal static class JwtOptionsGuard
{
    public static JwtSigningKey[] CheckAndCopyKeys(JwtOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Issuer) || string.IsNullOrWhiteSpace(options.Audience))
        {
            throw new InvalidOperationException("Jwt:Issuer and Jwt:Audience must be set.");
        }

        if (options.AccessTokenLifetime <= TimeSpan.Zero || options.ClockSkew < TimeSpan.Zero || options.MaxTokenLength <= 0)
        {
            throw new InvalidOperationException("Jwt:AccessTokenLifetime and Jwt:MaxTokenLength must be positive and Jwt:ClockSkew not negative.");
        }

        if (options.Keys is not { Count: > 0 })
        {
            throw new InvalidOperationException("Jwt:Keys must contain at least one signing key.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (JwtSigningKey key in options.Keys)
        {
            if (key is null || string.IsNullOrEmpty(key.KeyId) || !seen.Add(key.KeyId))
            {
                throw new InvalidOperationException("Every Jwt:Keys entry needs a unique, non-empty KeyId.");
            }

            if (key.Secret is null || key.Secret.Length < JwtSigningKey.MinSecretBytes)
            {
                throw new InvalidOperationException($"Jwt key '{key.KeyId}' must have a secret of at least {JwtSigningKey.MinSecretBytes} bytes.");
            }
        }

        // Copies, so later changes to the bound options object cannot swap keys underneath a running validator.
        return options.Keys.Select(k => new JwtSigningKey { KeyId = k.KeyId, Secret = (byte[])k.Secret.Clone() }).ToArray();
    }
}
