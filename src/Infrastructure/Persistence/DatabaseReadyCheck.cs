using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace GoTrs.Infrastructure.Persistence;

/// <summary>Ready only when the schema has been migrated and the database answers now.</summary>
public sealed class DatabaseReadyCheck(NpgsqlDataSource dataSource, DatabaseState state) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!state.IsMigrated) return HealthCheckResult.Unhealthy("Database not migrated yet.");
        try
        {
            await using var command = dataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("Database unreachable.", ex);
        }
    }
}
