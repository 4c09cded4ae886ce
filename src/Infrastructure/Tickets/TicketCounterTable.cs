using GoTrs.Domain.Tickets.Numbers;
using Npgsql;
using NpgsqlTypes;

namespace GoTrs.Infrastructure.Tickets;

/// <summary>A counter row this process inserted and the value it ended up with (0 when it could not be read).</summary>
internal readonly record struct DrawnCounter(long Id, long Counter);

/// <summary>
/// The OTRS counter protocol on <c>ticket_number_counter</c> (schema doc D.1), which Znuny processes sharing the
/// database follow too: insert a row with counter 0, fill every unset row up to it in id order with updates that only
/// succeed while the row is still 0, and take the value of the own row. Date-based generators look only at the
/// current day's rows, so they restart at 1 every day. The protocol alone is not race-free (inserts can commit out of
/// id order; the race test saw duplicates without it), hence <see cref="IsTakenAsync"/> also looks for twin counters.
/// </summary>
internal sealed class TicketCounterTable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly TicketNumberFormat _format;
    private readonly string _insertAndList;
    private readonly string _fill;

    public TicketCounterTable(NpgsqlDataSource dataSource, TicketNumberFormat format)
    {
        _dataSource = dataSource;
        _format = format;
        string Window(string alias) => format.IsDateBased ? $" AND {alias}.create_time >= @from AND {alias}.create_time < @to" : "";
        // Only AutoIncrement seeds, and only while no row carries a counter yet.
        var anyFilled = format.IsDateBased ? "true" : "EXISTS (SELECT 1 FROM ticket_number_counter f WHERE f.counter <> 0)";

        // One round trip for insert and list; the list cannot see the new row (same snapshot), hence the UNION.
        _insertAndList = $"""
            WITH mine AS (
                INSERT INTO ticket_number_counter (counter, counter_uid, create_time) VALUES (0, @uid, @now) RETURNING id)
            SELECT u.id, {anyFilled}
            FROM (SELECT t.id FROM ticket_number_counter t
                  WHERE t.counter = 0 AND t.id < (SELECT id FROM mine){Window("t")}
                  UNION ALL SELECT id FROM mine) u
            ORDER BY u.id
            """;
        // The predecessor is the last row that already has a value: a row that is still 0 at this point was
        // committed after our list was read, and counting on from its 0 would restart the sequence.
        _fill = $"""
            UPDATE ticket_number_counter SET counter = COALESCE((
                SELECT p.counter FROM ticket_number_counter p
                WHERE p.id < @id AND p.counter <> 0{Window("p")}
                ORDER BY p.id DESC LIMIT 1), @base) + 1 + @offset
            WHERE id = @id AND counter = 0
            RETURNING counter
            """;
    }

    /// <summary>Takes the next counter; <paramref name="offset"/> is added to the first row filled, as OTRS does on retries.</summary>
    public async Task<DrawnCounter> DrawAsync(CounterDay day, long offset, CancellationToken ct)
    {
        // 32 hex characters, time-ordered like OTRS' pid + time uid, but with 74 random bits: here one process draws
        // from many threads, where pid and time alone would collide.
        var uid = Guid.CreateVersion7(new DateTimeOffset(day.Now, TimeSpan.Zero)).ToString("N");
        var (unset, anyFilled) = await InsertAndListAsync(uid, day, ct);
        var mine = unset[^1];
        var seed = anyFilled ? 0 : await SeedAsync(ct);

        long counter = 0;
        for (var i = 0; i < unset.Count; i++)
        {
            await using var fill = Command(_fill, day);
            fill.Parameters.AddWithValue("id", unset[i]);
            fill.Parameters.AddWithValue("base", seed);
            fill.Parameters.AddWithValue("offset", i == 0 ? offset : 0L);
            // Each update commits on its own, so a row is final once filled and later rows can count on from it.
            if (await fill.ExecuteScalarAsync(ct) is long value && unset[i] == mine) counter = value;
        }
        if (counter == 0) counter = await ReadBackAsync(uid, ct);
        return new DrawnCounter(mine, counter);
    }

    /// <summary>
    /// True when the number belongs to a ticket already, or another row of the window holds the same counter. The
    /// latter happens when two inserts commit out of id order; of two such rows at least the one filled later sees
    /// the other here, because this runs after the own row's value is committed.
    /// </summary>
    public async Task<bool> IsTakenAsync(DrawnCounter drawn, string number, CounterDay day, CancellationToken ct)
    {
        await using var command = _dataSource.CreateCommand("""
            SELECT EXISTS (SELECT 1 FROM ticket WHERE tn = @tn)
                OR EXISTS (SELECT 1 FROM ticket_number_counter o
                           WHERE o.counter = @counter AND o.id <> @id AND o.create_time >= @from AND o.create_time < @to)
            """);
        command.Parameters.AddWithValue("tn", number);
        command.Parameters.AddWithValue("counter", drawn.Counter);
        command.Parameters.AddWithValue("id", drawn.Id);
        // AutoIncrement never restarts, but rows that race each other are created within moments of each other.
        var (from, to) = _format.IsDateBased ? (day.From, day.To) : (day.Now.AddDays(-1), day.Now.AddDays(1));
        command.Parameters.Add(Timestamp("from", from));
        command.Parameters.Add(Timestamp("to", to));
        return await command.ExecuteScalarAsync(ct) is true;
    }

    private async Task<(List<long> Unset, bool AnyFilled)> InsertAndListAsync(string uid, CounterDay day, CancellationToken ct)
    {
        await using var command = Command(_insertAndList, day);
        command.Parameters.AddWithValue("uid", uid);
        command.Parameters.Add(Timestamp("now", day.Now));
        var ids = new List<long>();
        var anyFilled = true;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            ids.Add(reader.GetInt64(0));
            anyFilled = reader.GetBoolean(1);
        }
        return (ids, anyFilled);
    }

    /// <summary>Someone else filled our row: read it back by its uid, as OTRS always does.</summary>
    private async Task<long> ReadBackAsync(string uid, CancellationToken ct)
    {
        await using var command = _dataSource.CreateCommand("SELECT counter FROM ticket_number_counter WHERE counter_uid = @uid");
        command.Parameters.AddWithValue("uid", uid);
        return await command.ExecuteScalarAsync(ct) is long counter ? counter : 0;
    }

    private async Task<long> SeedAsync(CancellationToken ct)
    {
        await using var command = _dataSource.CreateCommand("SELECT tn FROM ticket ORDER BY id DESC LIMIT 1");
        return AutoIncrementTicketNumber.SeedFrom(await command.ExecuteScalarAsync(ct) as string, _format.SystemId);
    }

    private NpgsqlCommand Command(string sql, CounterDay day)
    {
        var command = _dataSource.CreateCommand(sql);
        if (!_format.IsDateBased) return command;
        command.Parameters.Add(Timestamp("from", day.From));
        command.Parameters.Add(Timestamp("to", day.To));
        return command;
    }

    private static NpgsqlParameter Timestamp(string name, DateTime value) => new(name, NpgsqlDbType.Timestamp) { Value = value };
}
