using GoTrs.Domain.Tickets.Numbers;
using GoTrs.Infrastructure.Tickets;
using GoTrs.Infrastructure.UnitTests.Identity.Tokens;
using GoTrs.Infrastructure.UnitTests.Support;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace GoTrs.Infrastructure.UnitTests.Tickets;

/// <summary>Rows and generators for the ticket number tests; every data source it hands out is pooled and disposed with it.</summary>
internal sealed class TicketNumberTestData : IAsyncDisposable
{
    private const string TestTitle = "ticket number test";
    private readonly string _connectionString;
    private readonly List<NpgsqlDataSource> _dataSources = [];
    private readonly NpgsqlDataSource _helper;

    public TicketNumberTestData(ZnunyTestDatabase database)
    {
        _connectionString = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = true }.ConnectionString;
        _helper = NewDataSource();
    }

    public TicketNumberGenerator Generator(TimeProvider clock, TicketNumberGeneratorKind kind, string? timeZone = null)
    {
        // One pool per generator, as separate GoTrs processes would have.
        var dataSource = NewDataSource();
        var options = new TicketNumberOptions { NumberGenerator = kind, TimeZone = timeZone };
        return new TicketNumberGenerator(dataSource, clock, Options.Create(options));
    }

    public static ManualTimeProvider Clock(int year, int month, int day, int hour = 12) =>
        new(new DateTimeOffset(year, month, day, hour, 0, 0, TimeSpan.Zero));

    /// <summary>Empties the counter table (ids from 1 again) and removes the tickets earlier tests added.</summary>
    public async Task ResetAsync()
    {
        await using var command = _helper.CreateCommand(
            $"TRUNCATE ticket_number_counter RESTART IDENTITY; DELETE FROM ticket WHERE title = '{TestTitle}';");
        await command.ExecuteNonQueryAsync();
    }

    public async Task AddTicketAsync(string tn)
    {
        await using var command = _helper.CreateCommand("""
            INSERT INTO ticket (tn, title, queue_id, ticket_lock_id, type_id, user_id, responsible_user_id, ticket_priority_id,
                                ticket_state_id, timeout, until_time, escalation_time, escalation_update_time,
                                escalation_response_time, escalation_solution_time, create_time, create_by, change_time, change_by)
            VALUES (@tn, @title, 1, 1, 1, 1, 1, 3, 1, 0, 0, 0, 0, 0, 0, current_timestamp, 1, current_timestamp, 1)
            """);
        command.Parameters.AddWithValue("tn", tn);
        command.Parameters.AddWithValue("title", TestTitle);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A counter row as another creator would leave it; without <paramref name="id"/> the sequence gives one.</summary>
    public async Task AddCounterRowAsync(long counter, DateTime createTimeUtc, long? id = null)
    {
        await using var command = _helper.CreateCommand(id is null
            ? "INSERT INTO ticket_number_counter (counter, counter_uid, create_time) VALUES (@counter, @uid, @time)"
            : "INSERT INTO ticket_number_counter (id, counter, counter_uid, create_time) VALUES (@id, @counter, @uid, @time)");
        command.Parameters.AddWithValue("id", id ?? 0L);
        command.Parameters.AddWithValue("counter", counter);
        command.Parameters.AddWithValue("uid", Guid.NewGuid().ToString("N"));
        command.Parameters.Add(new NpgsqlParameter("time", NpgsqlDbType.Timestamp) { Value = createTimeUtc });
        await command.ExecuteNonQueryAsync();
    }

    public async Task<List<long>> CounterIdsAsync()
    {
        await using var command = _helper.CreateCommand("SELECT id FROM ticket_number_counter ORDER BY id");
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<long>();
        while (await reader.ReadAsync()) ids.Add(reader.GetInt64(0));
        return ids;
    }

    public async Task<List<long>> CountersAsync()
    {
        await using var command = _helper.CreateCommand("SELECT counter FROM ticket_number_counter ORDER BY id");
        await using var reader = await command.ExecuteReaderAsync();
        var counters = new List<long>();
        while (await reader.ReadAsync()) counters.Add(reader.GetInt64(0));
        return counters;
    }

    /// <summary>Step 2 of schema doc D.1 as a Znuny creator runs it: unset rows in id order, each from its predecessor.</summary>
    public async Task FillUnsetRowsAsZnunyDoesAsync()
    {
        await using var command = _helper.CreateCommand("""
            DO $$
            DECLARE r record;
            BEGIN
                FOR r IN SELECT id FROM ticket_number_counter WHERE counter = 0 ORDER BY id LOOP
                    UPDATE ticket_number_counter SET counter = COALESCE(
                        (SELECT p.counter FROM ticket_number_counter p WHERE p.id < r.id ORDER BY p.id DESC LIMIT 1), 0) + 1
                    WHERE id = r.id AND counter = 0;
                END LOOP;
            END $$
            """);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var dataSource in _dataSources) await dataSource.DisposeAsync();
        _dataSources.Clear();
    }

    private NpgsqlDataSource NewDataSource()
    {
        var dataSource = NpgsqlDataSource.Create(_connectionString);
        _dataSources.Add(dataSource);
        return dataSource;
    }
}
