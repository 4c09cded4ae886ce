using System.Security.Cryptography;
using System.Text;
using GoTrs.Application.Common.Exceptions;
using GoTrs.Application.Common.Interfaces;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GoTrs.Infrastructure.Identity;

/// <summary>Refresh tokens in <c>gotrs_refresh_token</c>: 256 random bits handed out once, only their SHA-256 kept.</summary>
public sealed class RefreshTokenStore(NpgsqlDataSource dataSource, IOptions<AuthOptions> options, TimeProvider clock)
    : IRefreshTokenStore
{
    public async Task<string> CreateAsync(AuthPrincipal principal, Guid familyId, string? clientIp, CancellationToken ct)
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow();
        await using var command = dataSource.CreateCommand("""
            INSERT INTO gotrs_refresh_token (family_id, token_hash, principal_kind, principal_id, principal_login, created_at, expires_at, created_by_ip)
            VALUES (@family, @hash, @kind, @id, @login, @now, @expires, @ip)
            """);
        command.Parameters.AddWithValue("family", familyId);
        command.Parameters.AddWithValue("hash", Hash(token));
        command.Parameters.AddWithValue("kind", principal.Kind.ToString());
        command.Parameters.AddWithValue("id", principal.Id);
        command.Parameters.AddWithValue("login", principal.Login);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("expires", now + options.Value.RefreshTokenLifetime);
        command.Parameters.AddWithValue("ip", (object?)clientIp ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(ct);
        return token;
    }

    public async Task<RedeemedRefreshToken> RedeemAsync(string token, CancellationToken ct)
    {
        var hash = Hash(token);
        var now = clock.GetUtcNow();
        // One statement marks the token used, so two concurrent redemptions cannot both succeed.
        await using (var redeem = dataSource.CreateCommand("""
            UPDATE gotrs_refresh_token SET used_at = @now
            WHERE token_hash = @hash AND used_at IS NULL AND revoked_at IS NULL AND expires_at > @now
            RETURNING principal_kind, principal_id, principal_login, family_id
            """))
        {
            redeem.Parameters.AddWithValue("now", now);
            redeem.Parameters.AddWithValue("hash", hash);
            await using var reader = await redeem.ExecuteReaderAsync(ct);
            if (await reader.ReadAsync(ct))
            {
                var principal = new AuthPrincipal(
                    Enum.Parse<PrincipalKind>(reader.GetString(0)), reader.GetString(1), reader.GetString(2));
                return new RedeemedRefreshToken(principal, reader.GetGuid(3));
            }
        }

        await using var lookup = dataSource.CreateCommand(
            "SELECT used_at IS NOT NULL OR revoked_at IS NOT NULL FROM gotrs_refresh_token WHERE token_hash = @hash");
        lookup.Parameters.AddWithValue("hash", hash);
        if (await lookup.ExecuteScalarAsync(ct) is true)
        {
            // A spent token came back: whoever holds the family's tokens is not to be trusted any more.
            await RevokeFamilyByHashAsync(hash, "reuse", ct);
            throw new UnauthorizedException("The refresh token was already used; the session has been revoked.");
        }
        throw new UnauthorizedException("The refresh token is invalid or expired.");
    }

    public Task RevokeFamilyAsync(string token, string reason, CancellationToken ct) =>
        RevokeFamilyByHashAsync(Hash(token), reason, ct);

    private async Task RevokeFamilyByHashAsync(string hash, string reason, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("""
            UPDATE gotrs_refresh_token SET revoked_at = @now, revoked_reason = @reason
            WHERE revoked_at IS NULL
              AND family_id = (SELECT family_id FROM gotrs_refresh_token WHERE token_hash = @hash)
            """);
        command.Parameters.AddWithValue("now", clock.GetUtcNow());
        command.Parameters.AddWithValue("reason", reason);
        command.Parameters.AddWithValue("hash", hash);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
