using System.Net;
using System.Net.Http.Json;
using GoTrs.Infrastructure.Persistence.Migrations;
using GoTrs.WebApi.IntegrationTests.Support;
using Npgsql;

namespace GoTrs.WebApi.IntegrationTests.Platform;

/// <summary>The whole host pointed at a database Znuny created: it adopts it and lets Znuny's users in as they are.</summary>
public sealed class AdoptModeTests
{
    [Test]
    public async Task ShouldServeAnExistingZnunyDatabase_WithoutChangingItsRows()
    {
        var connectionString = await TestDatabase.CreateDatabaseAsync("gotrs_adopt_host");
        await using (var dataSource = NpgsqlDataSource.Create(connectionString))
        {
            foreach (var script in SchemaScript.LoadAll().Where(s => s.Owner == SchemaScript.ZnunyOwner))
            {
                await using var install = dataSource.CreateCommand(script.Sql);
                await install.ExecuteNonQueryAsync();
            }
        }

        using var api = new GoTrsApiFactory(connectionString);
        using var client = api.CreateClient();
        var ready = await client.GetAsync("/health/ready");
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { login = "root@localhost", password = "root" });

        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        login.StatusCode.ShouldBe(HttpStatusCode.OK, "Znuny's own initial password still works: GoTrs did not reset it");
        await using var check = NpgsqlDataSource.Create(connectionString).CreateCommand("SELECT pw FROM users WHERE id = 1");
        ((string)(await check.ExecuteScalarAsync())!).ShouldBe("roK20XGbWEsSM");
    }
}
