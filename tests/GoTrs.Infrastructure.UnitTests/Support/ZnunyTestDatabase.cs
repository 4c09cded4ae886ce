using GoTrs.Infrastructure.Persistence.Migrations;
using System.Text;
using GoTrs.Infrastructure.Persistence;
using Npgsql;

namespace GoTrs.Infrastructure.UnitTests.Support;

/// <summary>
/// A fresh database with the Znuny schema scripts applied from the embedded resources. Lives on a throwaway cluster
/// of its own, or, when GOTRS_TEST_ADMIN_CONNECTION names a superuser connection, on that server.
/// </summary>
internal sealed class ZnunyTestDatabase : IAsyncDisposable
{
    public const string AdminConnectionVariable = "GOTRS_TEST_ADMIN_CONNECTION";

    private readonly ThrowawayCluster? _cluster;
    private readonly string _adminConnectionString;
    private readonly string _databaseName;

    private ZnunyTestDatabase(ThrowawayCluster? cluster, string adminConnectionString, string databaseName)
    {
        _cluster = cluster;
        _adminConnectionString = adminConnectionString;
        _databaseName = databaseName;
        ConnectionString = new NpgsqlConnectionStringBuilder(adminConnectionString)
        {
            Database = databaseName,
            Pooling = false,
        }.ConnectionString;
    }

    /// <summary>Connection string of the database, without pooling (so that dropping it is never blocked).</summary>
    public string ConnectionString { get; }

    public static async Task<ZnunyTestDatabase> CreateAsync(string namePrefix)
    {
        var configured = Environment.GetEnvironmentVariable(AdminConnectionVariable);
        var cluster = string.IsNullOrWhiteSpace(configured) ? await ThrowawayCluster.StartAsync() : null;
        var database = new ZnunyTestDatabase(cluster, cluster?.ConnectionString ?? configured!, $"{namePrefix}_{Guid.NewGuid():N}");
        try
        {
            await ExecuteAsync(database._adminConnectionString,
                $"CREATE DATABASE {database._databaseName} ENCODING 'UTF8' TEMPLATE template0");
            // Znuny's scripts and GoTrs's own additions, in the order the migrator applies them.
            var scripts = SchemaScript.LoadAll();
            scripts.Count(s => s.Owner == SchemaScript.ZnunyOwner).ShouldBe(3, "expected the Znuny scripts 0001..0003");
            foreach (var script in scripts)
                await ExecuteAsync(database.ConnectionString, script.Sql);
            return database;
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_cluster is null)
                await ExecuteAsync(_adminConnectionString, $"DROP DATABASE IF EXISTS {_databaseName} WITH (FORCE)");
        }
        finally
        {
            // The cluster goes as a whole; dropping the database first would only cost time.
            if (_cluster is not null) await _cluster.DisposeAsync();
        }
    }

    public Task ExecuteAsync(string sql) => ExecuteAsync(ConnectionString, sql);

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 300 };
        await command.ExecuteNonQueryAsync();
    }
}
