using GoTrs.Infrastructure.Persistence.Embedded;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace GoTrs.WebApi.IntegrationTests.Platform;

public sealed class EmbeddedPostgresTests
{
    [Test]
    public async Task ShouldKeepDataAcrossRestarts_AndListenOnLoopbackOnly()
    {
        var folder = Directory.CreateTempSubdirectory("gotrs-embedded-").FullName;
        try
        {
            var first = new EmbeddedPostgres(folder, NullLogger.Instance);
            await first.StartAsync();
            await using (var dataSource = NpgsqlDataSource.Create(first.ConnectionString))
            await using (var write = dataSource.CreateCommand(
                "CREATE TABLE kept (v text); INSERT INTO kept VALUES ('still here'); SELECT current_setting('listen_addresses')"))
                ((string)(await write.ExecuteScalarAsync())!).ShouldBe("127.0.0.1");
            await first.StopAsync();
            NpgsqlConnection.ClearAllPools();

            var second = new EmbeddedPostgres(folder, NullLogger.Instance);
            await second.StartAsync();
            await using (var dataSource = NpgsqlDataSource.Create(second.ConnectionString))
            await using (var read = dataSource.CreateCommand("SELECT v FROM kept"))
                ((string)(await read.ExecuteScalarAsync())!).ShouldBe("still here");
            await second.StopAsync();

            File.Exists(Path.Combine(folder, "pg", "postmaster.pid")).ShouldBeFalse("the server is stopped");
            new NpgsqlConnectionStringBuilder(second.ConnectionString).Password.ShouldNotBeNullOrEmpty();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
