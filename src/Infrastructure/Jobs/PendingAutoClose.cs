using GoTrs.Domain.Common;
using GoTrs.Domain.Tickets;
using Npgsql;

namespace GoTrs.Infrastructure.Jobs;

/// <summary>
/// Closes tickets whose "pending auto" time has come: "pending auto close-" becomes "closed unsuccessful", every other
/// pending-auto state "closed successful". The ticket is unlocked and gets a StateUpdate history row.
/// </summary>
public sealed class PendingAutoClose(NpgsqlDataSource dataSource)
{
    public const string CloseUnsuccessfulState = "pending auto close-";
    public const string ClosedSuccessful = "closed successful";
    public const string ClosedUnsuccessful = "closed unsuccessful";

    /// <summary>Returns the ids of the tickets it closed.</summary>
    public async Task<IReadOnlyList<long>> CloseDueAsync(DateTimeOffset now, CancellationToken ct)
    {
        // One statement, rows locked and skipped if an agent is changing them right now: the state cannot change
        // between the check and the update, and the history row is written with the update or not at all.
        await using var command = dataSource.CreateCommand("""
            WITH due AS (
                SELECT t.id, s.name AS old_state,
                       CASE WHEN s.name = @close_minus THEN @unsuccessful ELSE @successful END AS new_state
                FROM ticket t
                JOIN ticket_state s ON s.id = t.ticket_state_id
                JOIN ticket_state_type st ON st.id = s.type_id
                WHERE st.name = @pending_auto AND t.until_time > 0 AND t.until_time <= @now_epoch
                FOR UPDATE OF t SKIP LOCKED),
            closed AS (
                UPDATE ticket t
                SET ticket_state_id = ns.id, until_time = 0, ticket_lock_id = @unlock,
                    change_time = @now AT TIME ZONE 'UTC', change_by = @system
                FROM due d
                JOIN ticket_state ns ON ns.name = d.new_state
                WHERE t.id = d.id
                RETURNING t.id, t.type_id, t.queue_id, t.user_id, t.ticket_priority_id, t.ticket_state_id,
                          d.old_state, d.new_state)
            INSERT INTO ticket_history (name, history_type_id, ticket_id, type_id, queue_id, owner_id, priority_id,
                                        state_id, create_time, create_by, change_time, change_by)
            SELECT left('%%' || c.old_state || '%%' || c.new_state || '%%', 200),
                   (SELECT ht.id FROM ticket_history_type ht WHERE ht.name = @state_update),
                   c.id, coalesce(c.type_id, 1), c.queue_id, c.user_id, c.ticket_priority_id, c.ticket_state_id,
                   @now AT TIME ZONE 'UTC', @system, @now AT TIME ZONE 'UTC', @system
            FROM closed c
            RETURNING ticket_id
            """);
        command.Parameters.AddWithValue("close_minus", CloseUnsuccessfulState);
        command.Parameters.AddWithValue("unsuccessful", ClosedUnsuccessful);
        command.Parameters.AddWithValue("successful", ClosedSuccessful);
        command.Parameters.AddWithValue("pending_auto", TicketStateType.PendingAuto);
        command.Parameters.AddWithValue("state_update", HistoryTypes.StateUpdate);
        command.Parameters.AddWithValue("now_epoch", EpochTime.FromDateTime(now));
        command.Parameters.AddWithValue("now", now.ToUniversalTime());
        command.Parameters.AddWithValue("unlock", (short)TicketLockType.Unlock);
        command.Parameters.AddWithValue("system", SystemUser.Id);

        var closed = new List<long>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) closed.Add(reader.GetInt64(0));
        return closed;
    }
}
