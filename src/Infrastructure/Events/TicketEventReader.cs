using GoTrs.Application.Features.Events;
using Npgsql;

namespace GoTrs.Infrastructure.Events;

/// <summary>Loads stored ticket events with the ticket's number, current queue group and customer (one statement each).</summary>
public sealed class TicketEventReader(NpgsqlDataSource dataSource)
{
    private const string Select = """
        SELECT e.id, e.ticket_id, t.tn, e.queue_id, e.kind, e.history_type, e.article_id, e.user_id, e.create_time,
               q.group_id, t.customer_user_id, t.customer_id, coalesce(a.is_visible_for_customer, 0) = 1
        FROM gotrs_ticket_event e
        JOIN ticket t ON t.id = e.ticket_id
        JOIN queue q ON q.id = t.queue_id
        LEFT JOIN article a ON a.id = e.article_id
        """;

    /// <summary>The events written by the given transactions, in id order.</summary>
    public Task<IReadOnlyList<TicketEventEnvelope>> ByTransactionsAsync(long[] transactionIds, CancellationToken ct) =>
        ReadAsync($"{Select} WHERE e.transaction_id = ANY(@transactions) ORDER BY e.id",
            command => command.Parameters.AddWithValue("transactions", transactionIds), ct);

    /// <summary>Events after <paramref name="afterId"/>, in id order, at most <paramref name="max"/>.</summary>
    public Task<IReadOnlyList<TicketEventEnvelope>> AfterAsync(long afterId, int max, CancellationToken ct) =>
        ReadAsync($"{Select} WHERE e.id > @after ORDER BY e.id LIMIT @max",
            command =>
            {
                command.Parameters.AddWithValue("after", afterId);
                command.Parameters.AddWithValue("max", max);
            }, ct);

    private async Task<IReadOnlyList<TicketEventEnvelope>> ReadAsync(
        string sql, Action<NpgsqlCommand> bind, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(sql);
        bind(command);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var events = new List<TicketEventEnvelope>();
        while (await reader.ReadAsync(ct))
        {
            var dto = new TicketEventDto(
                reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetInt32(3), reader.GetString(4),
                reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetInt64(6), reader.GetInt32(7),
                reader.GetFieldValue<DateTimeOffset>(8));
            events.Add(new TicketEventEnvelope(dto, reader.GetInt32(9),
                reader.IsDBNull(10) ? null : reader.GetString(10), reader.IsDBNull(11) ? null : reader.GetString(11),
                reader.GetBoolean(12)));
        }
        return events;
    }
}
