using GoTrs.Domain.Tickets.Numbers;
using Npgsql;
using NpgsqlTypes;

namespace GoTrs.Infrastructure.Tickets;

/// <summary>A counter row this process inserted and the value it holds.</summary>
internal readonly record struct DrawnCounter(long Id, long Counter);

/// <summary>
/// Draws counters from <c>ticket_number_counter</c> so that the rows mean what Znuny's counter protocol (schema doc D.1)
/// makes of them: in id order, each row holds its predecessor's value plus one (date-based generators count within the
/// current day only). Znuny inserts a row with 0 and fills the unset rows one update and commit at a time; GoTrs
/// instead calls <c>gotrs_draw_ticket_counter</c> (Schema/GoTrs/0005), which takes a transaction-scoped advisory lock
/// and inserts its row already filled, counting the rows that Znuny creators have inserted but not filled yet: they
/// will fill them with exactly the values skipped here. One statement and one commit per draw, serialised across every
/// GoTrs instance. The lock cannot exclude a Znuny creator whose row was not yet visible, hence
/// <see cref="IsTakenAsync"/> also looks for twin counters.
/// </summary>
internal sealed class TicketCounterTable
{
    /// <summary>"GoTrs" 0100, next to the jobs' keys: held only for the draw's single statement and commit.</summary>
    public const long LockKey = 0x476F5472730100;

    /// <summary>How many ids either side of a drawn row may hold a racing Znuny creator's row.</summary>
    public const int TwinDistance = 1000;

    private readonly NpgsqlDataSource _dataSource;
    private readonly TicketNumberFormat _format;
    private volatile bool _counted;

    public TicketCounterTable(NpgsqlDataSource dataSource, TicketNumberFormat format)
    {
        _dataSource = dataSource;
        _format = format;
    }

    /// <summary>Takes the next counter; <paramref name="offset"/> is added on retries, as OTRS does.</summary>
    public async Task<DrawnCounter> DrawAsync(CounterDay day, long offset, CancellationToken ct)
    {
        var seed = _format.IsDateBased || _counted ? 0 : await SeedAsync(ct);
        // Time-ordered like OTRS' pid + time uid, with 74 random bits because one process draws from many threads.
        var uid = Guid.CreateVersion7(new DateTimeOffset(day.Now, TimeSpan.Zero)).ToString("N");
        await using var command = _dataSource.CreateCommand(
            "SELECT id, counter FROM gotrs_draw_ticket_counter(@lock, @uid, @now, @from, @to, @base, @offset)");
        command.Parameters.AddWithValue("lock", LockKey);
        command.Parameters.AddWithValue("uid", uid);
        command.Parameters.Add(Timestamp("now", day.Now));
        command.Parameters.Add(Timestamp("from", _format.IsDateBased ? day.From : null));
        command.Parameters.Add(Timestamp("to", _format.IsDateBased ? day.To : null));
        command.Parameters.AddWithValue("base", seed);
        command.Parameters.AddWithValue("offset", offset);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        _counted = true;
        return new DrawnCounter(reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>
    /// True when the number belongs to a ticket already, or another row of the window holds the same counter (a Znuny
    /// creator's row that was inserted before ours but not yet visible to our draw).
    /// </summary>
    public async Task<bool> IsTakenAsync(DrawnCounter drawn, string number, CounterDay day, CancellationToken ct)
    {
        // A twin is a Znuny row inserted shortly before or after ours with the same counter, so only neighbouring ids
        // with that counter are looked at: one probe of the (counter, id) index (Schema/GoTrs/0009) instead of reading
        // the 2,000 neighbouring rows. A twin filled after this check is left to the unique ticket number.
        await using var command = _dataSource.CreateCommand($"""
            SELECT EXISTS (SELECT 1 FROM ticket WHERE tn = @tn)
                OR EXISTS (SELECT 1 FROM ticket_number_counter
                           WHERE counter = @counter AND id BETWEEN @id - {TwinDistance} AND @id + {TwinDistance}
                             AND id <> @id AND create_time >= @from AND create_time < @to)
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

    /// <summary>AutoIncrement continues from the last ticket's number while no counter row holds a value yet.</summary>
    private async Task<long> SeedAsync(CancellationToken ct)
    {
        await using var command = _dataSource.CreateCommand("""
            SELECT CASE WHEN EXISTS (SELECT 1 FROM ticket_number_counter WHERE counter <> 0) THEN NULL
                        ELSE (SELECT tn FROM ticket ORDER BY id DESC LIMIT 1) END
            """);
        return AutoIncrementTicketNumber.SeedFrom(await command.ExecuteScalarAsync(ct) as string, _format.SystemId);
    }

    private static NpgsqlParameter Timestamp(string name, DateTime? value) =>
        new(name, NpgsqlDbType.Timestamp) { Value = value is null ? DBNull.Value : value.Value };
}
