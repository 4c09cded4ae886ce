using System.Security.Cryptography;
using GoTrs.Infrastructure.Hosting;
using GoTrs.Infrastructure.Identity.Tokens;
using Microsoft.Extensions.Options;

namespace GoTrs.Infrastructure.Identity;

/// <summary>
/// When no key is configured under Jwt:Keys, signs with a key generated once and kept in the data folder, so tokens
/// survive restarts. Several instances must share a configured key (or the same data folder).
/// </summary>
public sealed class SigningKeyProvider(DataFolder dataFolder) : IPostConfigureOptions<JwtOptions>
{
    public const string KeyFile = "jwt-signing-key";

    public void PostConfigure(string? name, JwtOptions options)
    {
        if (options.Keys.Count > 0) return;
        var path = dataFolder.File(KeyFile);
        byte[] secret;
        if (File.Exists(path))
        {
            secret = Convert.FromBase64String(File.ReadAllText(path).Trim());
        }
        else
        {
            secret = RandomNumberGenerator.GetBytes(64);
            dataFolder.WriteSecret(KeyFile, Convert.ToBase64String(secret));
        }
        options.Keys.Add(new JwtSigningKey { KeyId = "local-1", Secret = secret });
    }
}
