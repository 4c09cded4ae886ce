namespace GoTrs.Infrastructure.Identity.Tokens;

/// <summary>Settings for GoTrs's HS256 access tokens, bound from the "Jwt" configuration section.</summary>
public sealed class JwtOptions
{
    public const string SectionName = "Jwt";

    public string Issuer { get; set; } = "gotrs";

    public string Audience { get; set; } = "gotrs-api";

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Tolerance for clocks of other machines when checking exp and nbf.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longer tokens are refused before any decoding, so oversized headers cannot cost CPU or memory.</summary>
    public int MaxTokenLength { get; set; } = 8192;

    /// <summary>
    /// The first key signs new tokens; every key validates tokens carrying its id. Rotate by putting a new key first and
    /// removing the old one once the tokens it signed have expired.
    /// </summary>
    public List<JwtSigningKey> Keys { get; set; } = [];
}
