using GoTrs.Application.Features.Notifications.SendNotifications;
using GoTrs.Domain.Notifications;
using GoTrs.Domain.Tickets;
using GoTrs.Infrastructure.Tickets.Reads;
using Npgsql;

namespace GoTrs.Infrastructure.Notifications;

/// <summary>
/// The ticket of a change in one statement: the ticket row, the names of what it refers to (queue, owner, state and
/// priority from the change's history snapshot), the article the change added and whether it opened the ticket. The
/// job reads one per change, so this runs as often as tickets change.
/// </summary>
public sealed class PostgresNotifiedTicketReader(NpgsqlDataSource dataSource) : INotifiedTicketReader
{
    public async Task<NotifiedTicketRow?> LoadAsync(NotificationTrigger change, CancellationToken ct)
    {
        var args = new SqlArguments();
        var state = args.Add(change.StateId);
        var article = change.ArticleId is { } articleId ? $"a.id = {args.Add(articleId)}" : "FALSE";
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var command = args.Command(connection, $"""
            SELECT t.id, t.tn, t.title, t.ticket_lock_id, t.type_id, t.service_id, t.sla_id, t.responsible_user_id,
                   t.customer_id, t.customer_user_id, t.timeout, t.until_time, t.escalation_time, t.escalation_update_time,
                   t.escalation_response_time, t.escalation_solution_time, t.archive_flag,
                   t.create_time, t.create_by, t.change_time, t.change_by,
                   q.name, q.group_id, q.system_address_id,
                   (SELECT s.name FROM ticket_state s WHERE s.id = {state}),
                   (SELECT st.name FROM ticket_state s JOIN ticket_state_type st ON st.id = s.type_id WHERE s.id = {state}),
                   (SELECT p.name FROM ticket_priority p WHERE p.id = {args.Add(change.PriorityId)}),
                   (SELECT x.name FROM ticket_type x WHERE x.id = t.type_id),
                   (SELECT x.name FROM service x WHERE x.id = t.service_id),
                   (SELECT x.name FROM sla x WHERE x.id = t.sla_id),
                   (SELECT l.name FROM ticket_lock_type l WHERE l.id = t.ticket_lock_id),
                   (SELECT u.login FROM users u WHERE u.id = {args.Add(change.OwnerId)}),
                   (SELECT u.login FROM users u WHERE u.id = t.responsible_user_id),
                   a.id, a.article_sender_type_id, a.is_visible_for_customer = 1, a.communication_channel_id,
                   m.a_from, m.a_to, m.a_cc, m.a_subject, m.a_body,
                   a.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM article e WHERE e.ticket_id = t.id AND e.id < a.id)
            FROM ticket t
            JOIN queue q ON q.id = {args.Add(change.QueueId)}
            LEFT JOIN article a ON {article}
            LEFT JOIN article_data_mime m ON m.article_id = a.id
            WHERE t.id = {args.Add(change.TicketId)}
            LIMIT 1
            """);
        await using var r = await command.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct)) return null;
        var ticket = new Ticket
        {
            Id = r.GetInt64(0), TicketNumber = r.GetString(1), Title = TicketSummarySql.Text(r, 2),
            QueueId = change.QueueId, OwnerId = change.OwnerId, StateId = change.StateId, PriorityId = change.PriorityId,
            LockId = r.GetInt32(3), TypeId = TicketSummarySql.Int(r, 4), ServiceId = TicketSummarySql.Int(r, 5),
            SlaId = TicketSummarySql.Int(r, 6), ResponsibleId = r.GetInt32(7),
            CustomerId = TicketSummarySql.Text(r, 8), CustomerUserId = TicketSummarySql.Text(r, 9),
            TimeoutEpoch = r.GetInt32(10), UntilTimeEpoch = r.GetInt32(11), EscalationTimeEpoch = r.GetInt32(12),
            EscalationUpdateTimeEpoch = r.GetInt32(13), EscalationResponseTimeEpoch = r.GetInt32(14),
            EscalationSolutionTimeEpoch = r.GetInt32(15), ArchiveFlag = r.GetInt32(16),
            CreateTime = TicketSummarySql.Utc(r.GetDateTime(17)), CreateBy = r.GetInt32(18),
            ChangeTime = TicketSummarySql.Utc(r.GetDateTime(19)), ChangeBy = r.GetInt32(20),
        };
        var names = new NotifiedTicketNames(r.GetString(21), r.GetInt32(22), r.GetInt32(23), TicketSummarySql.Text(r, 24),
            TicketSummarySql.Text(r, 25), TicketSummarySql.Text(r, 26), TicketSummarySql.Text(r, 27),
            TicketSummarySql.Text(r, 28), TicketSummarySql.Text(r, 29), TicketSummarySql.Text(r, 30),
            TicketSummarySql.Text(r, 31), TicketSummarySql.Text(r, 32));
        var facts = r.IsDBNull(33)
            ? null
            : new ArticleFacts(r.GetInt64(33), r.GetInt32(34), r.GetBoolean(35), r.GetInt64(36), TicketSummarySql.Text(r, 37),
                TicketSummarySql.Text(r, 38), TicketSummarySql.Text(r, 39), TicketSummarySql.Text(r, 40), TicketSummarySql.Text(r, 41));
        return new NotifiedTicketRow(ticket, names, facts, r.GetBoolean(42));
    }
}
