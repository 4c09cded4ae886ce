using System.Text;
using GoTrs.Application.Common.Models;
using GoTrs.Application.Features.Tickets.ListTickets;
using GoTrs.Domain.Common;
using GoTrs.Domain.Tickets;

namespace GoTrs.Infrastructure.Tickets.Reads;

/// <summary>
/// The SQL of a ticket list over <c>ticket t</c>: the caller's scope and the filters of <see cref="ListTicketsQuery"/>
/// as conditions on ticket columns (so the ticket indexes serve them), and the sort.
/// </summary>
internal static class TicketListSql
{
    /// <summary>
    /// The WHERE conditions. <paramref name="fewTextMatches"/> says the full-text words are rare (known from the
    /// count): the matching documents are then collected through the GIN index first instead of testing the
    /// documents of each ticket in list order.
    /// </summary>
    public static string Where(ListTicketsQuery f, TicketScope scope, SqlArguments args, bool fewTextMatches)
    {
        var sql = new StringBuilder(Scope(scope, args));
        void And(string condition) => sql.Append(" AND ").Append(condition);
        void AnyOf(string column, IReadOnlyList<int> ids)
        {
            // One value as plain equality: an index on (column, id) then yields its rows in id order, which "= ANY"
            // does not promise, so a one-queue list reads its page from the index instead of walking all tickets.
            if (ids.Count == 1) And($"{column} = {args.Add(ids[0])}");
            else if (ids.Count > 1) And($"{column} = ANY({args.Add(ids.ToArray())})");
        }

        AnyOf("t.queue_id", f.QueueIds);
        AnyOf("t.ticket_state_id", f.StateIds);
        if (f.StateTypes.Count > 0)
            And($"t.ticket_state_id IN (SELECT s.id FROM ticket_state s JOIN ticket_state_type st ON st.id = s.type_id WHERE st.name = ANY({args.Add(f.StateTypes.ToArray())}))");
        AnyOf("t.ticket_priority_id", f.PriorityIds);
        AnyOf("t.type_id", f.TypeIds);
        AnyOf("t.service_id", f.ServiceIds);
        AnyOf("t.sla_id", f.SlaIds);
        AnyOf("t.user_id", f.OwnerIds);
        AnyOf("t.responsible_user_id", f.ResponsibleIds);
        if (!string.IsNullOrWhiteSpace(f.CustomerUser)) And($"t.customer_user_id = {args.Add(f.CustomerUser)}");
        if (!string.IsNullOrWhiteSpace(f.CustomerId)) And($"t.customer_id = {args.Add(f.CustomerId)}");
        if (f.Lock is "locked" or "lock") And($"t.ticket_lock_id <> {TicketLockType.Unlock}");
        if (f.Lock is "unlocked" or "unlock") And($"t.ticket_lock_id = {TicketLockType.Unlock}");
        if (!f.IncludeArchived) And("t.archive_flag = 0");

        if (f.CreatedFrom is { } cf) And($"t.create_time >= {args.AddUtc(cf)}");
        if (f.CreatedTo is { } ct) And($"t.create_time <= {args.AddUtc(ct)}");
        if (f.ChangedFrom is { } hf) And($"t.change_time >= {args.AddUtc(hf)}");
        if (f.ChangedTo is { } ht) And($"t.change_time <= {args.AddUtc(ht)}");
        EpochRange("t.until_time", f.PendingFrom, f.PendingTo);
        EpochRange("t.escalation_time", f.EscalationFrom, f.EscalationTo);

        if (!string.IsNullOrWhiteSpace(f.TicketNumber)) And($"t.tn LIKE {args.Add(LikePattern.Containing(f.TicketNumber.Trim()))}");
        if (!string.IsNullOrWhiteSpace(f.Title)) And($"t.title ILIKE {args.Add(LikePattern.Containing(f.Title.Trim()))}");
        if (!string.IsNullOrWhiteSpace(f.Q))
        {
            var matches = $"d.document @@ websearch_to_tsquery('simple', {args.Add(f.Q.Trim())})"
                          + (scope.Customer is null ? "" : " AND d.is_visible_for_customer = 1");
            // OFFSET 0 keeps the planner from merging the subquery into the outer query, which would walk tickets in
            // list order and test each one's documents: for a rare word, most of the table before the page is full.
            And(fewTextMatches
                ? $"t.id IN (SELECT d.ticket_id FROM gotrs_article_search d WHERE {matches} OFFSET 0)"
                : $"EXISTS (SELECT 1 FROM gotrs_article_search d WHERE d.ticket_id = t.id AND {matches})");
        }
        return sql.ToString();

        void EpochRange(string column, DateTimeOffset? from, DateTimeOffset? to)
        {
            if (from is null && to is null) return;
            // 0 means "not set" in these columns; a range never matches it.
            var lo = from is null ? 1 : Math.Max(1, EpochTime.FromDateTime(from));
            var hi = to is null ? int.MaxValue : EpochTime.FromDateTime(to);
            And($"{column} >= {args.Add(lo)} AND {column} <= {args.Add(hi)}");
        }
    }

    /// <summary>ORDER BY of the list; ties go by id in the sort's direction, so pages are stable.</summary>
    public static string OrderBy(TicketSorting sort)
    {
        var direction = sort.Descending ? "DESC" : "ASC";
        var key = sort.Field switch
        {
            "changed" => $"t.change_time {direction}",
            "ticketNumber" => $"t.tn {direction}",
            "title" => $"t.title {direction}",
            "priority" => $"t.ticket_priority_id {direction}",
            "state" => $"(SELECT s.name FROM ticket_state s WHERE s.id = t.ticket_state_id) {direction}",
            "queue" => $"(SELECT q.name FROM queue q WHERE q.id = t.queue_id) {direction}",
            "owner" => $"(SELECT u.login FROM users u WHERE u.id = t.user_id) {direction}",
            "customer" => $"t.customer_user_id {direction}",
            "pendingUntil" => $"t.until_time {direction}",
            // Unescalated tickets (0) sort after escalating ones either way.
            "escalation" => $"t.escalation_time = 0, t.escalation_time {direction}",
            // Age: oldest first when ascending, as OTRS's "Age" sort.
            "age" => sort.Descending ? "t.id ASC" : "t.id DESC",
            "created" => null,
            _ => throw new ArgumentOutOfRangeException(nameof(sort), sort.Field, "Unknown sort field."),
        };
        return key is null ? $"t.id {direction}" : $"{key}, t.id {direction}";
    }

    private static string Scope(TicketScope scope, SqlArguments args)
    {
        if (scope.Customer is { } customer)
        {
            // The login is the canonical one from customer_user, so plain equality can use ticket_customer_user_id.
            var own = $"t.customer_user_id = {args.Add(customer.Login)}";
            if (customer.CompanyIds.Count == 0 || customer.CompanyTicketGroupIds.Count == 0) return own;
            return $"({own} OR (t.customer_id = ANY({args.Add(customer.CompanyIds.ToArray())}) "
                   + $"AND t.queue_id IN (SELECT q.id FROM queue q WHERE q.group_id = ANY({args.Add(customer.CompanyTicketGroupIds.ToArray())}))))";
        }
        var groups = scope.AgentGroupIds ?? [];
        return groups.Count == 0
            ? "FALSE"
            : $"t.queue_id IN (SELECT q.id FROM queue q WHERE q.group_id = ANY({args.Add(groups.ToArray())}))";
    }
}
