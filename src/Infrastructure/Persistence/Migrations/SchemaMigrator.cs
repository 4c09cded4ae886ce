using Microsoft.Extensions.Logging;
using Npgsql;

namespace GoTrs.Infrastructure.Persistence.Migrations;

public sealed record MigrationOutcome(bool Adopted, IReadOnlyList<string> Applied);

/// <summary>
/// Brings the database to the current schema. Each script runs in its own transaction together with its version row;
/// a session advisory lock makes concurrent start-ups wait for each other. Pointed at an existing Znuny/OTRS database
/// (recognised by its tables) it records Znuny's scripts as adopted without running them and adds only GoTrs's own.
/// </summary>
public sealed class SchemaMigrator(NpgsqlDataSource dataSource, ILogger<SchemaMigrator> logger)
{
    public const string VersionTable = "gotrs_schema_migration";
    private const long LockKey = 0x476f547273; // "GoTrs"

    public async Task<MigrationOutcome> MigrateAsync(CancellationToken ct = default)
    {
        var scripts = SchemaScript.LoadAll();
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await ExecuteAsync(connection, $"SELECT pg_advisory_lock({LockKey})", ct);
        try
        {
            await ExecuteAsync(connection, $"""
                CREATE TABLE IF NOT EXISTS {VersionTable} (
                    id varchar(200) PRIMARY KEY,
                    checksum char(64) NOT NULL,
                    mode varchar(20) NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now())
                """, ct);
            var applied = await AppliedAsync(connection, ct);
            var adopted = false;
            if (!applied.Keys.Any(id => id.StartsWith(SchemaScript.ZnunyOwner + "/", StringComparison.Ordinal))
                && await HasZnunySchemaAsync(connection, ct))
            {
                adopted = true;
                logger.LogInformation("Existing Znuny/OTRS schema found: adopting it, only GoTrs tables will be added");
                foreach (var script in scripts.Where(s => s.Owner == SchemaScript.ZnunyOwner))
                    await RecordAsync(connection, null, script, "adopted", ct);
                applied = await AppliedAsync(connection, ct);
            }

            var done = new List<string>();
            foreach (var script in scripts)
            {
                if (applied.TryGetValue(script.Id, out var checksum))
                {
                    if (checksum != script.Checksum)
                        logger.LogWarning("Schema script {Script} changed after it was applied", script.Id);
                    continue;
                }
                await using var tx = await connection.BeginTransactionAsync(ct);
                await using (var command = new NpgsqlCommand(script.Sql, connection, tx) { CommandTimeout = 600 })
                    await command.ExecuteNonQueryAsync(ct);
                await RecordAsync(connection, tx, script, "applied", ct);
                await tx.CommitAsync(ct);
                logger.LogInformation("Applied schema script {Script}", script.Id);
                done.Add(script.Id);
            }
            return new MigrationOutcome(adopted, done);
        }
        finally
        {
            await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None);
        }
    }

    /// <summary>True once every embedded script is recorded (used by the readiness check).</summary>
    public async Task<bool> IsUpToDateAsync(CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        if (!await TableExistsAsync(connection, VersionTable, ct)) return false;
        var applied = await AppliedAsync(connection, ct);
        return SchemaScript.LoadAll().All(s => applied.ContainsKey(s.Id));
    }

    private static async Task<bool> HasZnunySchemaAsync(NpgsqlConnection connection, CancellationToken ct) =>
        await TableExistsAsync(connection, "ticket", ct)
        && await TableExistsAsync(connection, "users", ct)
        && await TableExistsAsync(connection, "queue", ct);

    private static async Task<bool> TableExistsAsync(NpgsqlConnection connection, string table, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT to_regclass(@name) IS NOT NULL", connection);
        command.Parameters.AddWithValue("name", "public." + table);
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }

    private static async Task<Dictionary<string, string>> AppliedAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand($"SELECT id, checksum FROM {VersionTable}", connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) result[reader.GetString(0)] = reader.GetString(1);
        return result;
    }

    private static async Task RecordAsync(
        NpgsqlConnection connection, NpgsqlTransaction? tx, SchemaScript script, string mode, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            $"INSERT INTO {VersionTable} (id, checksum, mode) VALUES (@id, @checksum, @mode) ON CONFLICT (id) DO NOTHING",
            connection, tx);
        command.Parameters.AddWithValue("id", script.Id);
        command.Parameters.AddWithValue("checksum", script.Checksum);
        command.Parameters.AddWithValue("mode", mode);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }
}
