using GoTrs.Application.Features.Tickets.Common;
using GoTrs.Domain.Common;
using Npgsql;

namespace GoTrs.Infrastructure.Tickets.Reads;

/// <summary>
/// The columns of a <see cref="TicketSummaryDto"/> over a ticket aliased <c>t</c>, and their reading. Names come from
/// scalar subqueries on primary keys: they plan in microseconds (an eleven-table join took milliseconds to plan on
/// every execution) and run only for the rows returned.
/// </summary>
internal static class TicketSummarySql
{
    public const string Columns = """
        t.id, t.tn, t.title,
        t.queue_id, (SELECT q.name FROM queue q WHERE q.id = t.queue_id), (SELECT q.group_id FROM queue q WHERE q.id = t.queue_id),
        t.ticket_state_id, (SELECT s.name FROM ticket_state s WHERE s.id = t.ticket_state_id),
        (SELECT st.name FROM ticket_state s JOIN ticket_state_type st ON st.id = s.type_id WHERE s.id = t.ticket_state_id),
        t.ticket_priority_id, (SELECT p.name FROM ticket_priority p WHERE p.id = t.ticket_priority_id),
        t.ticket_lock_id, (SELECT l.name FROM ticket_lock_type l WHERE l.id = t.ticket_lock_id),
        t.type_id, (SELECT x.name FROM ticket_type x WHERE x.id = t.type_id),
        t.service_id, (SELECT x.name FROM service x WHERE x.id = t.service_id),
        t.sla_id, (SELECT x.name FROM sla x WHERE x.id = t.sla_id),
        t.user_id, (SELECT u.login FROM users u WHERE u.id = t.user_id),
        (SELECT u.first_name || ' ' || u.last_name FROM users u WHERE u.id = t.user_id),
        t.responsible_user_id, (SELECT u.login FROM users u WHERE u.id = t.responsible_user_id),
        (SELECT u.first_name || ' ' || u.last_name FROM users u WHERE u.id = t.responsible_user_id),
        t.customer_user_id, t.customer_id, t.create_time, t.change_time, t.until_time,
        t.escalation_time, t.escalation_response_time, t.escalation_update_time, t.escalation_solution_time,
        t.archive_flag, t.xmin
        """;

    /// <summary>How many columns <see cref="Columns"/> has; the caller's own columns follow.</summary>
    public const int Count = 36;

    public static (TicketSummaryDto Ticket, int GroupId) Read(NpgsqlDataReader r)
    {
        var ticket = new TicketSummaryDto(
            Id: r.GetInt64(0), TicketNumber: r.GetString(1), Title: Text(r, 2),
            QueueId: r.GetInt32(3), Queue: r.GetString(4),
            StateId: r.GetInt32(6), State: r.GetString(7), StateType: r.GetString(8),
            PriorityId: r.GetInt32(9), Priority: r.GetString(10),
            LockId: r.GetInt32(11), Lock: r.GetString(12),
            TypeId: Int(r, 13), Type: Text(r, 14), ServiceId: Int(r, 15), Service: Text(r, 16), SlaId: Int(r, 17), Sla: Text(r, 18),
            OwnerId: r.GetInt32(19), OwnerLogin: r.GetString(20), OwnerName: r.GetString(21).Trim(),
            ResponsibleId: r.GetInt32(22), ResponsibleLogin: r.GetString(23), ResponsibleName: r.GetString(24).Trim(),
            CustomerUserId: Text(r, 25), CustomerId: Text(r, 26),
            Created: Utc(r.GetDateTime(27)), Changed: Utc(r.GetDateTime(28)),
            PendingUntil: EpochTime.ToDateTime(r.GetInt32(29)),
            Escalation: new EscalationDto(EpochTime.ToDateTime(r.GetInt32(30)), EpochTime.ToDateTime(r.GetInt32(31)),
                EpochTime.ToDateTime(r.GetInt32(32)), EpochTime.ToDateTime(r.GetInt32(33))),
            IsArchived: r.GetInt32(34) == 1,
            Version: TicketVersion.ToETag(r.GetFieldValue<uint>(35)));
        return (ticket, r.IsDBNull(5) ? 0 : r.GetInt32(5));
    }

    public static string? Text(NpgsqlDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);

    public static int? Int(NpgsqlDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetInt32(ordinal);

    /// <summary>OTRS times are UTC wall-clock times in columns without a time zone.</summary>
    public static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
