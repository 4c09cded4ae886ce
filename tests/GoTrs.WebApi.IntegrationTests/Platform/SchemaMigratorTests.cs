using GoTrs.Infrastructure.Persistence.Migrations;
using GoTrs.WebApi.IntegrationTests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace GoTrs.WebApi.IntegrationTests.Platform;

/// <summary>The migrator on databases of its own (not the shared test database).</summary>
public sealed class SchemaMigratorTests
{
    private static readonly int ScriptCount = SchemaScript.LoadAll().Count;

    [Test]
    public async Task ShouldApplyEverythingOnce_WhenRunTwice()
    {
        await using var dataSource = NpgsqlDataSource.Create(await TestDatabase.CreateDatabaseAsync("gotrs_mig"));
        var migrator = new SchemaMigrator(dataSource, NullLogger<SchemaMigrator>.Instance);

        var first = await migrator.MigrateAsync();
        var second = await migrator.MigrateAsync();

        first.Applied.Count.ShouldBe(ScriptCount);
        first.Adopted.ShouldBeFalse();
        second.Applied.ShouldBeEmpty();
        (await migrator.IsUpToDateAsync()).ShouldBeTrue();
    }

    [Test]
    public async Task ShouldApplyEachScriptOnce_WhenTwoInstancesStartAtOnce()
    {
        var connectionString = await TestDatabase.CreateDatabaseAsync("gotrs_mig");
        await using var sourceA = NpgsqlDataSource.Create(connectionString);
        await using var sourceB = NpgsqlDataSource.Create(connectionString);

        var outcomes = await Task.WhenAll(
            new SchemaMigrator(sourceA, NullLogger<SchemaMigrator>.Instance).MigrateAsync(),
            new SchemaMigrator(sourceB, NullLogger<SchemaMigrator>.Instance).MigrateAsync());

        outcomes.Sum(o => o.Applied.Count).ShouldBe(ScriptCount);
        await using var count = sourceA.CreateCommand($"SELECT count(*) FROM {SchemaMigrator.VersionTable}");
        ((long)(await count.ExecuteScalarAsync())!).ShouldBe(ScriptCount);
    }

    [Test]
    public async Task ShouldLeaveOtrsTablesAndRowsAlone_WhenPointedAtAnExistingZnunyDatabase()
    {
        await using var dataSource = NpgsqlDataSource.Create(await TestDatabase.CreateDatabaseAsync("gotrs_adopt"));
        foreach (var script in SchemaScript.LoadAll().Where(s => s.Owner == SchemaScript.ZnunyOwner))
        {
            await using var install = dataSource.CreateCommand(script.Sql);
            await install.ExecuteNonQueryAsync();
        }
        await using (var own = dataSource.CreateCommand("""
            UPDATE queue SET comments = 'ours' WHERE id = 2;
            INSERT INTO customer_company (customer_id, name, valid_id, create_time, create_by, change_time, change_by)
            VALUES ('ACME', 'Acme Inc.', 1, now(), 1, now(), 1);
            """))
            await own.ExecuteNonQueryAsync();

        var outcome = await new SchemaMigrator(dataSource, NullLogger<SchemaMigrator>.Instance).MigrateAsync();

        outcome.Adopted.ShouldBeTrue();
        outcome.Applied.ShouldAllBe(id => id.StartsWith("gotrs/"));
        outcome.Applied.ShouldNotBeEmpty();
        await using var check = dataSource.CreateCommand("""
            SELECT (SELECT pw FROM users WHERE id = 1) || '|' || (SELECT comments FROM queue WHERE id = 2) || '|' ||
                   (SELECT count(*) FROM customer_company) || '|' || (to_regclass('public.gotrs_refresh_token') IS NOT NULL)
            """);
        ((string)(await check.ExecuteScalarAsync())!).ShouldBe("roK20XGbWEsSM|ours|1|true");
    }
}
