using System.Globalization;
using System.Text;
using GoTrs.Domain.Articles;
using GoTrs.Domain.Common;
using GoTrs.Domain.Tickets;
using GoTrs.Infrastructure.Persistence;
using GoTrs.Infrastructure.UnitTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace GoTrs.Infrastructure.UnitTests.Persistence;

/// <summary>
/// Holds the EF model against the real Znuny schema scripts: every mapped table and column must exist with a
/// compatible type, the same nullability and the same id generation, and no required column may be left unmapped.
/// Runs on a fresh <see cref="ZnunyTestDatabase"/>: a throwaway PostgreSQL cluster, or a new database on the server
/// GOTRS_TEST_ADMIN_CONNECTION names.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class EfModelMatchesSchemaTests
{
    private static readonly DateTime Created = new(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc);

    private ZnunyTestDatabase? _database;
    private string _connectionString = "";

    [OneTimeSetUp]
    public async Task CreateDatabase()
    {
        _database = await ZnunyTestDatabase.CreateAsync("gotrs_efmodel");
        _connectionString = _database.ConnectionString;
    }

    [OneTimeTearDown]
    public async Task DropDatabase()
    {
        if (_database is not null) await _database.DisposeAsync();
    }

    [Test]
    public async Task ShouldFindEveryMappedColumnWithCompatibleTypeAndNullability_WhenModelIsCheckedAgainstZnunySchema()
    {
        await using var context = CreateContext();
        var columns = await LoadColumnsAsync();
        var primaryKeys = await LoadPrimaryKeysAsync();

        var mismatches = new List<string>();
        foreach (var entityType in context.Model.GetEntityTypes().OrderBy(e => e.GetTableName(), StringComparer.Ordinal))
            mismatches.AddRange(Compare(entityType, columns, primaryKeys));

        mismatches.ShouldBeEmpty(
            $"{mismatches.Count} mismatch(es) between the EF model and the Znuny schema:\n" + string.Join("\n", mismatches));
    }

    [Test]
    public async Task ShouldReadBackEqualValuesAndStoreBase64_WhenTicketWithArticleAndAttachmentIsSaved()
    {
        var binary = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();

        await using var write = CreateContext();
        var (ticket, article) = await SaveTicketWithArticleAsync(write);
        var mime = Audited(new ArticleDataMime
        {
            ArticleId = article.Id,
            From = "Alice <alice@example.com>",
            To = "support@example.com",
            Subject = "Printer on fire",
            MessageId = "<1@example.com>",
            MessageIdMd5 = "0123456789abcdef0123456789abcdef",
            ContentType = "text/plain; charset=utf-8",
            Body = "It burns.",
            IncomingTimeEpoch = EpochTime.FromDateTime(new DateTimeOffset(Created)),
        });
        var attachment = Audited(new ArticleAttachment
        {
            ArticleId = article.Id,
            Filename = "all-bytes.bin",
            ContentSize = binary.Length.ToString(CultureInfo.InvariantCulture),
            ContentType = "application/octet-stream",
            Disposition = "attachment",
            Content = binary,
        });
        var time = Audited(new TimeAccounting { TicketId = ticket.Id, ArticleId = article.Id, TimeUnit = 1.25m });
        write.ArticleDataMime.Add(mime);
        write.ArticleAttachments.Add(attachment);
        write.TimeAccounting.Add(time);
        await write.SaveChangesAsync();

        await using var read = CreateContext();
        (await read.Tickets.AsNoTracking().SingleAsync(t => t.Id == ticket.Id)).ShouldBeEquivalentTo(ticket);
        (await read.Articles.AsNoTracking().SingleAsync(a => a.Id == article.Id)).ShouldBeEquivalentTo(article);
        (await read.ArticleDataMime.AsNoTracking().SingleAsync(m => m.Id == mime.Id)).ShouldBeEquivalentTo(mime);
        (await read.ArticleAttachments.AsNoTracking().SingleAsync(a => a.Id == attachment.Id)).ShouldBeEquivalentTo(attachment);
        (await read.TimeAccounting.AsNoTracking().SingleAsync(t => t.Id == time.Id)).ShouldBeEquivalentTo(time);

        var stored = await ScalarAsync<string>(
            "SELECT content FROM article_data_mime_attachment WHERE id = @id", ("id", attachment.Id));
        stored.ShouldBe(Convert.ToBase64String(binary));
    }

    [Test]
    public async Task ShouldReadUnencodedBodyAsUtf8_WhenLegacyPlainMailContainsSpaces()
    {
        const string legacy = "From: alice@example.com\nSubject: grüße\n\nold body";
        await using var write = CreateContext();
        var (_, article) = await SaveTicketWithArticleAsync(write);
        var id = await ScalarAsync<long>("""
            INSERT INTO article_data_mime_plain (article_id, body, create_time, create_by, change_time, change_by)
            VALUES (@article, @body, current_timestamp, 1, current_timestamp, 1)
            RETURNING id
            """, ("article", article.Id), ("body", legacy));

        await using var read = CreateContext();
        var plain = await read.ArticleDataMimePlain.AsNoTracking().SingleAsync(p => p.Id == id);

        plain.Body.ShouldBe(Encoding.UTF8.GetBytes(legacy));
    }

    private static async Task<(Ticket Ticket, Article Article)> SaveTicketWithArticleAsync(AppDbContext context)
    {
        var ticket = Audited(new Ticket
        {
            TicketNumber = $"EF{Guid.NewGuid():N}",
            Title = "Printer on fire — übergroß",
            QueueId = 1,
            LockId = TicketLockType.Unlock,
            TypeId = 1,
            OwnerId = SystemUser.Id,
            ResponsibleId = SystemUser.Id,
            PriorityId = 3,
            StateId = 1,
            CustomerId = "ACME",
            CustomerUserId = "alice@example.com",
            UntilTimeEpoch = EpochTime.FromDateTime(new DateTimeOffset(2024, 6, 1, 12, 0, 0, TimeSpan.Zero)),
        });
        context.Tickets.Add(ticket);
        await context.SaveChangesAsync();

        var article = Audited(new Article
        {
            TicketId = ticket.Id,
            SenderTypeId = ArticleSenderType.Customer,
            CommunicationChannelId = 1,
            IsVisibleForCustomer = 1,
        });
        context.Articles.Add(article);
        await context.SaveChangesAsync();
        return (ticket, article);
    }

    private AppDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(_connectionString).Options);

    /// <summary>No audit interceptor here; whole seconds because the columns are timestamp(0).</summary>
    private static T Audited<T>(T entity) where T : AuditedEntity
    {
        entity.CreateTime = Created;
        entity.CreateBy = SystemUser.Id;
        entity.ChangeTime = Created;
        entity.ChangeBy = SystemUser.Id;
        return entity;
    }

    private static IEnumerable<string> Compare(
        IEntityType entityType, Dictionary<(string, string), SchemaColumn> columns, Dictionary<string, string[]> primaryKeys)
    {
        var entity = entityType.ClrType.Name;
        var table = entityType.GetTableName();
        if (table is null)
        {
            yield return $"{entity}: not mapped to a table";
            yield break;
        }
        if (!columns.Keys.Any(k => k.Item1 == table))
        {
            yield return $"{entity}: table {table} does not exist";
            yield break;
        }

        var store = StoreObjectIdentifier.Table(table, entityType.GetSchema());
        // xmin is PostgreSQL's row version system column (used as a concurrency token), not a table column.
        foreach (var property in entityType.GetProperties().Where(p => p.GetColumnName(store) != "xmin"))
        {
            var name = property.GetColumnName(store);
            var where = $"{entity}.{property.Name} -> {table}.{name}";
            if (name is null || !columns.TryGetValue((table, name), out var column))
            {
                yield return $"{where}: column does not exist";
                continue;
            }

            var expected = NormaliseStoreType(property.GetColumnType(store));
            if (expected != column.StoreType)
                yield return $"{where}: EF store type '{expected}' but column is '{column.StoreType}'";

            var propertyNullable = property.IsColumnNullable(store);
            if (!propertyNullable && column.IsNullable)
                yield return $"{where}: property is not nullable but the column is NULL-able (NULL rows would fail to load)";
            if (propertyNullable && !column.IsNullable)
                yield return $"{where}: property is nullable but the column is NOT NULL";

            var generated = property.ValueGenerated.HasFlag(ValueGenerated.OnAdd);
            if (generated != column.IsSerial)
                yield return column.IsSerial
                    ? $"{where}: serial column but EF does not let the database generate it (inserts would send 0)"
                    : $"{where}: EF expects a database-generated value but the column has no sequence";
        }

        var mapped = entityType.GetProperties().Select(p => p.GetColumnName(store)).ToHashSet();
        foreach (var ((columnTable, columnName), column) in columns)
        {
            if (columnTable == table && !mapped.Contains(columnName) && !column.IsNullable && !column.HasDefault)
                yield return $"{entity}: {table}.{columnName} is NOT NULL without a default but not mapped (inserts would fail)";
        }

        foreach (var key in entityType.GetKeys())
        foreach (var property in key.Properties)
        {
            var name = property.GetColumnName(store);
            if (name is null || !columns.ContainsKey((table, name)))
                yield return $"{entity}: key column {table}.{name ?? property.Name} does not exist";
        }

        if (primaryKeys.TryGetValue(table, out var databaseKey) && entityType.FindPrimaryKey() is { } efKey)
        {
            var efColumns = efKey.Properties.Select(p => p.GetColumnName(store) ?? p.Name).Order(StringComparer.Ordinal);
            if (!efColumns.SequenceEqual(databaseKey.Order(StringComparer.Ordinal)))
                yield return $"{entity}: EF key ({string.Join(", ", efColumns)}) differs from the primary key of {table} " +
                             $"({string.Join(", ", databaseKey)})";
        }
    }

    /// <summary>Brings an EF store type to the spelling information_schema uses.</summary>
    private static string NormaliseStoreType(string? storeType)
    {
        var type = (storeType ?? "").Trim().ToLowerInvariant().Replace(" (", "(").Replace(", ", ",");
        var open = type.IndexOf('(');
        var close = type.IndexOf(')');
        var name = open < 0 ? type : type[..open].Trim();
        var args = open < 0 || close < open ? "" : type[open..(close + 1)];
        var rest = close < 0 ? "" : type[(close + 1)..].Trim();

        return name switch
        {
            "varchar" or "character varying" => "character varying" + args,
            "int" or "int4" or "integer" => "integer",
            "int2" or "smallint" => "smallint",
            "int8" or "bigint" => "bigint",
            "decimal" or "numeric" => "numeric" + args,
            "timestamp" when rest is "" or "without time zone" => $"timestamp{(args.Length > 0 ? args : "(6)")} without time zone",
            "timestamp" when rest == "with time zone" => $"timestamp{(args.Length > 0 ? args : "(6)")} with time zone",
            "timestamptz" => $"timestamp{(args.Length > 0 ? args : "(6)")} with time zone",
            "bool" => "boolean",
            _ => type,
        };
    }

    private async Task<Dictionary<(string, string), SchemaColumn>> LoadColumnsAsync()
    {
        const string sql = """
            SELECT table_name, column_name, data_type, character_maximum_length, numeric_precision, numeric_scale,
                   datetime_precision, is_nullable = 'YES', coalesce(column_default LIKE 'nextval(%', false),
                   column_default IS NOT NULL
            FROM information_schema.columns
            WHERE table_schema = current_schema()
            """;
        var result = new Dictionary<(string, string), SchemaColumn>();
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            int? Number(int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);
            var dataType = reader.GetString(2);
            var storeType = dataType switch
            {
                "character varying" or "character" when Number(3) is { } length => $"{dataType}({length})",
                "numeric" when Number(4) is { } precision => $"numeric({precision},{Number(5) ?? 0})",
                "timestamp without time zone" => $"timestamp({Number(6) ?? 6}) without time zone",
                "timestamp with time zone" => $"timestamp({Number(6) ?? 6}) with time zone",
                _ => dataType,
            };
            result[(reader.GetString(0), reader.GetString(1))] = new SchemaColumn(
                storeType, reader.GetBoolean(7), reader.GetBoolean(8), reader.GetBoolean(9));
        }
        return result;
    }

    private async Task<Dictionary<string, string[]>> LoadPrimaryKeysAsync()
    {
        const string sql = """
            SELECT tc.table_name, array_agg(kcu.column_name::text ORDER BY kcu.ordinal_position)
            FROM information_schema.table_constraints tc
            JOIN information_schema.key_column_usage kcu
              ON kcu.constraint_schema = tc.constraint_schema AND kcu.constraint_name = tc.constraint_name
            WHERE tc.constraint_type = 'PRIMARY KEY' AND tc.table_schema = current_schema()
            GROUP BY tc.table_name
            """;
        var result = new Dictionary<string, string[]>();
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            result[reader.GetString(0)] = reader.GetFieldValue<string[]>(1);
        return result;
    }

    private async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private sealed record SchemaColumn(string StoreType, bool IsNullable, bool IsSerial, bool HasDefault);
}
