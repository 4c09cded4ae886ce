using GoTrs.WebApi.IntegrationTests.Support;

namespace GoTrs.WebApi.IntegrationTests.Schema;

/// <summary>The migrated database holds Znuny 7's schema as otrs-schema.md describes it (expectations in the .tsv files).</summary>
public sealed class ZnunySchemaTests : ApiTest
{
    [Test]
    public async Task ShouldHoldAll122ZnunyTables()
    {
        var expected = ReadTsv("znuny-columns.tsv").Select(r => r[0]).Distinct().ToList();
        var actual = await ListAsync("""
            SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE 'gotrs\_%' ORDER BY 1
            """);

        expected.Count.ShouldBe(122);
        actual.ShouldBe(expected.Order(StringComparer.Ordinal).ToList());
    }

    [Test]
    public async Task ShouldHaveZnunysColumnsTypesAndNullability()
    {
        var expected = ReadTsv("znuny-columns.tsv").Select(r => string.Join('|', r)).ToList();
        var actual = await ListAsync("""
            SELECT c.table_name || '|' || c.column_name || '|' ||
                   CASE WHEN c.data_type = 'character varying' AND c.character_maximum_length IS NOT NULL
                            THEN 'character varying(' || c.character_maximum_length || ')'
                        WHEN c.data_type = 'numeric' THEN 'numeric(' || c.numeric_precision || ',' || c.numeric_scale || ')'
                        ELSE c.data_type END || '|' || c.is_nullable
            FROM information_schema.columns c
            WHERE c.table_schema = 'public' AND c.table_name NOT LIKE 'gotrs\_%'
            ORDER BY c.table_name, c.ordinal_position
            """);

        actual.Except(expected).ShouldBeEmpty("columns the database has but Znuny does not");
        expected.Except(actual).ShouldBeEmpty("Znuny columns the database lacks or types it differs in");
        actual.Count.ShouldBe(expected.Count);
    }

    [Test]
    public async Task ShouldHaveZnunysIndexesAndUniqueConstraints()
    {
        var expected = ReadTsv("znuny-indexes.tsv").Where(r => r[2] != "pk").Select(r => $"{r[0]}|{r[1]}|{r[3]}").ToList();
        var actual = await ListAsync("""
            SELECT t.relname || '|' || i.relname || '|' ||
                   (SELECT string_agg(a.attname, ',' ORDER BY k.ord)
                    FROM unnest(ix.indkey) WITH ORDINALITY k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum)
            FROM pg_index ix
            JOIN pg_class i ON i.oid = ix.indexrelid
            JOIN pg_class t ON t.oid = ix.indrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname = 'public' AND NOT ix.indisprimary AND t.relname NOT LIKE 'gotrs\_%' AND i.relname NOT LIKE 'gotrs\_%'
            """);

        expected.Except(actual).ShouldBeEmpty("Znuny indexes the database lacks");
        actual.Except(expected).ShouldBeEmpty("indexes on Znuny tables that Znuny does not have");
    }

    [Test]
    public async Task ShouldHoldZnunysInitialData()
    {
        (await ListAsync("SELECT name FROM queue ORDER BY id")).ShouldBe(["Postmaster", "Raw", "Junk", "Misc"]);
        (await ListAsync("SELECT name FROM valid ORDER BY id")).ShouldBe(["valid", "invalid", "invalid-temporarily"]);
        (await ListAsync("SELECT name FROM permission_groups ORDER BY id"))
            .ShouldBe(["users", "admin", "stats", "timeaccounting_webservice"]);
        (await ListAsync("SELECT group_id || ':' || permission_key FROM group_user WHERE user_id = 1 ORDER BY group_id"))
            .ShouldBe(["1:rw", "2:rw", "3:rw"]);
        (await ScalarAsync<long>("SELECT count(*) FROM ticket_history_type")).ShouldBe(52L);
        (await ListAsync("SELECT name FROM ticket_history_type WHERE id IN (1, 27, 52) ORDER BY id"))
            .ShouldBe(["NewTicket", "StateUpdate", "Bulk"]);
        (await ListAsync("SELECT s.name || '>' || t.name FROM ticket_state s JOIN ticket_state_type t ON t.id = s.type_id ORDER BY s.id"))
            .ShouldBe(["new>new", "closed successful>closed", "closed unsuccessful>closed", "open>open", "removed>removed",
                "pending reminder>pending reminder", "pending auto close+>pending auto", "pending auto close->pending auto",
                "merged>merged"]);
        (await ListAsync("SELECT name FROM communication_channel ORDER BY id")).ShouldBe(["Email", "Phone", "Internal", "Chat"]);
        (await ListAsync("SELECT value0 FROM system_address")).ShouldBe(["znuny@localhost"]);
        (await ScalarAsync<long>("SELECT count(*) FROM pg_constraint WHERE contype = 'f'")).ShouldBeGreaterThan(250L);
    }

    [Test]
    public async Task ShouldContinueIdentitiesAfterTheSeededIds()
    {
        var id = await ScalarAsync<int>("""
            INSERT INTO ticket_state (name, type_id, valid_id, create_time, create_by, change_time, change_by)
            VALUES ('waiting for customer', 2, 1, now(), 1, now(), 1) RETURNING id
            """);

        id.ShouldBe(10);
    }

    internal static List<string[]> ReadTsv(string name) =>
        File.ReadAllLines(Path.Combine(TestContext.CurrentContext.TestDirectory, "Schema", name))
            .Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).ToList();
}
