using GoTrs.Infrastructure.Persistence.Migrations;
using GoTrs.Infrastructure.Persistence.Seed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GoTrs.WebApi.IntegrationTests.Support;

/// <summary>
/// Puts the database back to a fresh install between tests: every table emptied in one TRUNCATE (identities
/// restarted), the initial data replayed (Znuny's, then GoTrs's notification defaults), the admin password set again
/// and the lookup cache dropped.
/// </summary>
public static class DatabaseReset
{
    private static readonly string[] DataScripts = ["znuny/0002_initial_data", "gotrs/0030_notification_defaults"];
    private static string? _truncate;

    public static async Task ResetAsync(GoTrsApiFactory factory)
    {
        var dataSource = factory.Services.GetRequiredService<NpgsqlDataSource>();
        await using var connection = await dataSource.OpenConnectionAsync();
        _truncate ??= await BuildTruncateAsync(connection);
        var seed = string.Join(";\n", SchemaScript.LoadAll().Where(s => DataScripts.Contains(s.Id)).Select(s => s.Sql));
        await using (var tx = await connection.BeginTransactionAsync())
        {
            // Znuny's seed inserts rows before the users they reference, as its installer does before adding the
            // foreign keys; replica mode skips FK triggers for this transaction only (the test user is a superuser).
            await using (var replica = new NpgsqlCommand("SET LOCAL session_replication_role = replica", connection, tx))
                await replica.ExecuteNonQueryAsync();
            await using (var truncate = new NpgsqlCommand(_truncate, connection, tx)) await truncate.ExecuteNonQueryAsync();
            await using (var replay = new NpgsqlCommand(seed, connection, tx)) await replay.ExecuteNonQueryAsync();
            await tx.CommitAsync();
        }
        await factory.Services.GetRequiredService<InitialAdminSeeder>().SetPasswordAsync(GoTrsApiFactory.AdminPassword, default);
        if (factory.Services.GetRequiredService<IMemoryCache>() is MemoryCache cache) cache.Compact(1.0);
    }

    private static async Task<string> BuildTruncateAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand(
            "SELECT string_agg(quote_ident(tablename), ', ') FROM pg_tables WHERE schemaname = 'public' AND tablename <> @keep",
            connection);
        command.Parameters.AddWithValue("keep", SchemaMigrator.VersionTable);
        return $"TRUNCATE {(string)(await command.ExecuteScalarAsync())!} RESTART IDENTITY CASCADE";
    }
}
