using GoTrs.Application.Features.Tickets.Common;
using Npgsql;

namespace GoTrs.Infrastructure.Tickets.Reads;

/// <summary>
/// Every reference of a ticket write in one statement: one lateral lookup per reference, each on a primary key, a
/// default name, or (customers) the lower-case login or e-mail indexes. A reference not asked for is not looked up.
/// </summary>
public sealed class PostgresTicketReferenceReader(NpgsqlDataSource dataSource) : ITicketReferenceReader
{
    public async Task<ResolvedReferences> ResolveAsync(ReferenceRequest r, CancellationToken ct)
    {
        var args = new SqlArguments();
        string ById(string column, int? id) => id is { } value ? $"{column} = {args.Add(value)}" : "FALSE";
        string ByIdOrName(string alias, int? id, string? defaultName) =>
            id is { } value ? $"{alias}.id = {args.Add(value)}"
            : defaultName is null ? "FALSE" : $"{alias}.name = {args.Add(defaultName)}";

        var queue = ById("q.id", r.QueueId);
        var state = ByIdOrName("s", r.StateId, r.DefaultStateName);
        var priority = ByIdOrName("p", r.PriorityId, r.DefaultPriorityName);
        var type = ByIdOrName("x", r.TypeId, r.DefaultTypeName);
        var service = ById("x.id", r.ServiceId);
        var sla = ById("x.id", r.SlaId);
        var serviceSla = r.ServiceId is { } sid && r.SlaId is { } lid
            ? $"EXISTS (SELECT 1 FROM service_sla x WHERE x.service_id = {args.Add(sid)} AND x.sla_id = {args.Add(lid)})"
            : "FALSE";
        var owner = ById("u.id", r.OwnerId);
        var responsible = ById("u.id", r.ResponsibleId);
        var login = r.CustomerUser?.Trim().ToLowerInvariant();
        var customer = "FALSE";
        var customerOrder = "1";
        if (!string.IsNullOrEmpty(login))
        {
            var arg = args.Add(login);
            customer = $"lower(c.login) = {arg} OR lower(c.email) = {arg}";
            customerOrder = $"lower(c.login) = {arg} DESC";
        }
        // The SLA's times decide whether the ticket escalates; without an SLA the queue's.
        var escalates = r.SlaId is null ? "coalesce(q.escalates, FALSE)" : "coalesce(sl.escalates, FALSE)";

        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var command = args.Command(connection, $"""
            SELECT q.id, q.name, q.group_id, q.valid,
                   s.id, s.name, s.type_name, s.valid,
                   p.id, p.name, p.valid,
                   ty.id, ty.name, ty.valid,
                   sv.id, sv.name, sv.valid,
                   sl.id, sl.name, sl.valid,
                   {serviceSla}, {escalates},
                   o.id, o.login, o.full_name, o.valid,
                   re.id, re.login, re.full_name, re.valid,
                   c.login, c.customer_id, c.email, c.full_name, c.valid
            FROM (VALUES (1)) AS one (x)
            LEFT JOIN LATERAL (SELECT q.id, q.name, q.group_id, q.valid_id = 1 AS valid,
                                      coalesce(q.first_response_time, 0) > 0 OR coalesce(q.update_time, 0) > 0
                                      OR coalesce(q.solution_time, 0) > 0 AS escalates
                               FROM queue q WHERE {queue}) q ON TRUE
            LEFT JOIN LATERAL (SELECT s.id, s.name, st.name AS type_name, s.valid_id = 1 AS valid
                               FROM ticket_state s JOIN ticket_state_type st ON st.id = s.type_id
                               WHERE {state} ORDER BY s.id LIMIT 1) s ON TRUE
            LEFT JOIN LATERAL (SELECT p.id, p.name, p.valid_id = 1 AS valid FROM ticket_priority p
                               WHERE {priority} ORDER BY p.id LIMIT 1) p ON TRUE
            LEFT JOIN LATERAL (SELECT x.id, x.name, x.valid_id = 1 AS valid FROM ticket_type x
                               WHERE {type} ORDER BY x.id LIMIT 1) ty ON TRUE
            LEFT JOIN LATERAL (SELECT x.id, x.name, x.valid_id = 1 AS valid FROM service x WHERE {service}) sv ON TRUE
            LEFT JOIN LATERAL (SELECT x.id, x.name, x.valid_id = 1 AS valid,
                                      x.first_response_time > 0 OR x.update_time > 0 OR x.solution_time > 0 AS escalates
                               FROM sla x WHERE {sla}) sl ON TRUE
            LEFT JOIN LATERAL (SELECT u.id, u.login, u.first_name || ' ' || u.last_name AS full_name, u.valid_id = 1 AS valid
                               FROM users u WHERE {owner}) o ON TRUE
            LEFT JOIN LATERAL (SELECT u.id, u.login, u.first_name || ' ' || u.last_name AS full_name, u.valid_id = 1 AS valid
                               FROM users u WHERE {responsible}) re ON TRUE
            LEFT JOIN LATERAL (SELECT c.login, c.customer_id, c.email, c.first_name || ' ' || c.last_name AS full_name,
                                      c.valid_id = 1 AS valid
                               FROM customer_user c WHERE {customer} ORDER BY {customerOrder}, c.id LIMIT 1) c ON TRUE
            """);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return new ResolvedReferences(
            reader.IsDBNull(0) ? null : new QueueRef(reader.GetInt32(0), reader.GetString(1), reader.GetInt32(2), reader.GetBoolean(3)),
            reader.IsDBNull(4) ? null : new StateRef(reader.GetInt32(4), reader.GetString(5), reader.GetString(6), reader.GetBoolean(7)),
            Named(reader, 8), Named(reader, 11), Named(reader, 14), Named(reader, 17),
            reader.GetBoolean(20),
            Agent(reader, 22), Agent(reader, 26),
            reader.IsDBNull(30) ? null : new CustomerRef(reader.GetString(30), reader.GetString(31), reader.GetString(32),
                reader.GetString(33), reader.GetBoolean(34)),
            reader.GetBoolean(21));
    }

    private static NamedRef? Named(NpgsqlDataReader r, int i) =>
        r.IsDBNull(i) ? null : new NamedRef(r.GetInt32(i), r.GetString(i + 1), r.GetBoolean(i + 2));

    private static AgentRef? Agent(NpgsqlDataReader r, int i) =>
        r.IsDBNull(i) ? null : new AgentRef(r.GetInt32(i), r.GetString(i + 1), r.GetString(i + 2), r.GetBoolean(i + 3));
}
