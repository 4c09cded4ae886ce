using GoTrs.Infrastructure.Persistence.Migrations;
using GoTrs.Infrastructure.Persistence.Seed;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GoTrs.Infrastructure.Persistence;

/// <summary>Readiness of the database: reachable and migrated by this process.</summary>
public sealed class DatabaseState
{
    public bool IsMigrated { get; set; }
}

/// <summary>Migrates and seeds at start-up, before the host serves requests; retries while the database is unreachable.</summary>
public sealed class DatabaseInitializer(
    SchemaMigrator migrator,
    InitialAdminSeeder seeder,
    DatabaseState state,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);
    private const int Attempts = 30;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var outcome = await migrator.MigrateAsync(cancellationToken);
                if (outcome.Applied.Count > 0 || outcome.Adopted)
                    logger.LogInformation("Schema ready ({Count} scripts applied, adopted: {Adopted})",
                        outcome.Applied.Count, outcome.Adopted);
                await seeder.SeedAsync(cancellationToken);
                state.IsMigrated = true;
                return;
            }
            catch (NpgsqlException ex) when (attempt < Attempts && ex.IsTransient)
            {
                logger.LogWarning("Database not reachable ({Message}); retrying", ex.Message);
                await Task.Delay(RetryDelay, cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
