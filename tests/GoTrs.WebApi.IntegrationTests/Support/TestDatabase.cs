using GoTrs.Infrastructure.Persistence.Embedded;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace GoTrs.WebApi.IntegrationTests.Support;

/// <summary>
/// A real PostgreSQL for the test run: the server named by GOTRS_TEST_ADMIN_CONNECTION (a superuser connection), or
/// else a private cluster started in a temporary folder with GoTrs's own embedded-PostgreSQL code.
/// Each call to <see cref="CreateDatabaseAsync"/> gives a fresh, empty database.
/// </summary>
public static class TestDatabase
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _adminConnection;
    private static EmbeddedPostgres? _embedded;
    private static string? _folder;

    public static async Task<string> AdminConnectionAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_adminConnection is not null) return _adminConnection;
            var configured = Environment.GetEnvironmentVariable("GOTRS_TEST_ADMIN_CONNECTION");
            if (!string.IsNullOrEmpty(configured)) return _adminConnection = configured;

            _folder = Directory.CreateTempSubdirectory("gotrs-test-").FullName;
            _embedded = new EmbeddedPostgres(_folder, NullLogger.Instance);
            await _embedded.StartAsync();
            var builder = new NpgsqlConnectionStringBuilder(_embedded.ConnectionString) { Database = "postgres" };
            return _adminConnection = builder.ConnectionString;
        }
        finally
        {
            Gate.Release();
        }
    }

    public static async Task<string> CreateDatabaseAsync(string prefix = "gotrs_test")
    {
        var admin = await AdminConnectionAsync();
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 63)];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = true }.ConnectionString;
    }

    public static async Task StopAsync()
    {
        if (_embedded is not null) await _embedded.StopAsync();
        if (_folder is not null)
        {
            try { Directory.Delete(_folder, recursive: true); }
            catch (IOException) { /* a file still held by the stopping server; the OS cleans /tmp */ }
            catch (UnauthorizedAccessException) { }
        }
    }
}
