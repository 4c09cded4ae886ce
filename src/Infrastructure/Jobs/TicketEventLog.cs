using System.Globalization;
using GoTrs.Domain.Common;
using Npgsql;

namespace GoTrs.Infrastructure.Jobs;

/// <summary>A time-driven ticket event, recorded once per (ticket, kind, due time) as a ticket_history row.</summary>
public sealed record TicketEvent(long TicketId, string Kind, int DueEpoch, string HistoryType, string HistoryName);

/// <summary>
/// Writes events to ticket_history exactly once: gotrs_escalation_event remembers what was recorded, and a history row
/// is written only for events that were new to it, in the same statement, so concurrent runs cannot both write one.
/// </summary>
public sealed class TicketEventLog(NpgsqlDataSource dataSource)
{
    /// <summary>Returns the number of history rows written.</summary>
    public async Task<int> RecordAsync(IReadOnlyCollection<TicketEvent> events, DateTimeOffset now, CancellationToken ct)
    {
        if (events.Count == 0) return 0;
        await using var command = dataSource.CreateCommand("""
            WITH candidate AS (
                SELECT * FROM unnest(@ticket_ids, @kinds, @due_epochs, @history_types, @names)
                    AS c(ticket_id, kind, due_epoch, history_type, name)),
            recorded AS (
                INSERT INTO gotrs_escalation_event (ticket_id, kind, due_epoch, recorded_at)
                SELECT ticket_id, kind, due_epoch, @now FROM candidate
                ON CONFLICT DO NOTHING
                RETURNING ticket_id, kind, due_epoch)
            INSERT INTO ticket_history (name, history_type_id, ticket_id, type_id, queue_id, owner_id, priority_id,
                                        state_id, create_time, create_by, change_time, change_by)
            -- An unknown history type leaves history_type_id NULL, failing the whole run loudly rather than losing events.
            SELECT left(c.name, 200), (SELECT ht.id FROM ticket_history_type ht WHERE ht.name = c.history_type),
                   t.id, coalesce(t.type_id, 1), t.queue_id, t.user_id, t.ticket_priority_id, t.ticket_state_id,
                   @now AT TIME ZONE 'UTC', @system, @now AT TIME ZONE 'UTC', @system
            FROM recorded r
            JOIN candidate c USING (ticket_id, kind, due_epoch)
            JOIN ticket t ON t.id = r.ticket_id
            """);
        command.Parameters.AddWithValue("ticket_ids", events.Select(e => e.TicketId).ToArray());
        command.Parameters.AddWithValue("kinds", events.Select(e => e.Kind).ToArray());
        command.Parameters.AddWithValue("due_epochs", events.Select(e => e.DueEpoch).ToArray());
        command.Parameters.AddWithValue("history_types", events.Select(e => e.HistoryType).ToArray());
        command.Parameters.AddWithValue("names", events.Select(e => e.HistoryName).ToArray());
        command.Parameters.AddWithValue("now", now.ToUniversalTime());
        command.Parameters.AddWithValue("system", SystemUser.Id);
        return await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>How history names show times: ISO 8601 in UTC, whole seconds.</summary>
    public static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
