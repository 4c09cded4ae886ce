using GoTrs.Application.Common.Exceptions;
using GoTrs.Application.Common.Interfaces;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GoTrs.Infrastructure.Identity;

/// <summary>Failed-login counters in <c>gotrs_login_throttle</c>, shared by every API instance.</summary>
public sealed class LoginThrottle(NpgsqlDataSource dataSource, IOptions<AuthOptions> options, TimeProvider clock) : ILoginThrottle
{
    private LoginThrottleOptions Policy => options.Value.Throttle;

    public async Task EnsureAllowedAsync(string key, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT blocked_until FROM gotrs_login_throttle WHERE throttle_key = @key");
        command.Parameters.AddWithValue("key", key);
        if (await command.ExecuteScalarAsync(ct) is DateTime blockedUntil)
        {
            var wait = new DateTimeOffset(blockedUntil, TimeSpan.Zero) - clock.GetUtcNow();
            if (wait > TimeSpan.Zero) throw new TooManyRequestsException(wait);
        }
    }

    public async Task RecordFailureAsync(string key, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var command = dataSource.CreateCommand("""
            INSERT INTO gotrs_login_throttle AS t (throttle_key, failures, first_failure_at)
            VALUES (@key, 1, @now)
            ON CONFLICT (throttle_key) DO UPDATE SET
                failures = CASE WHEN t.first_failure_at < @windowStart THEN 1 ELSE t.failures + 1 END,
                first_failure_at = CASE WHEN t.first_failure_at < @windowStart THEN @now ELSE t.first_failure_at END
            RETURNING failures
            """);
        command.Parameters.AddWithValue("key", key);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("windowStart", now - Policy.Window);
        var failures = (int)(await command.ExecuteScalarAsync(ct))!;
        if (failures < Policy.MaxFailures) return;

        var exponent = Math.Min(failures - Policy.MaxFailures, 20);
        var block = TimeSpan.FromTicks(Math.Min(Policy.BaseBlock.Ticks << exponent, Policy.MaxBlock.Ticks));
        await using var blockCommand = dataSource.CreateCommand(
            "UPDATE gotrs_login_throttle SET blocked_until = @until WHERE throttle_key = @key");
        blockCommand.Parameters.AddWithValue("key", key);
        blockCommand.Parameters.AddWithValue("until", now + block);
        await blockCommand.ExecuteNonQueryAsync(ct);
    }

    public async Task ResetAsync(string key, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("DELETE FROM gotrs_login_throttle WHERE throttle_key = @key");
        command.Parameters.AddWithValue("key", key);
        await command.ExecuteNonQueryAsync(ct);
    }
}
