using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Features.Tickets.Common;
using GoTrs.Domain.Common;
using GoTrs.Domain.Tickets;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Application.Features.Tickets.ListTickets;

/// <summary>Turns the list filters into SQL conditions.</summary>
public static class TicketFilters
{
    public static IQueryable<TicketRow> Apply(
        IQueryable<TicketRow> rows, ListTicketsQuery f, IAppDbContext db, ITicketTextSearch search, bool customer,
        bool fewTextMatches = false)
    {
        if (f.QueueIds.Count > 0) rows = rows.Where(r => f.QueueIds.Contains(r.Ticket.QueueId));
        if (f.StateIds.Count > 0) rows = rows.Where(r => f.StateIds.Contains(r.Ticket.StateId));
        if (f.StateTypes.Count > 0) rows = rows.WithStateTypes(db, f.StateTypes);
        if (f.PriorityIds.Count > 0) rows = rows.Where(r => f.PriorityIds.Contains(r.Ticket.PriorityId));
        if (f.TypeIds.Count > 0) rows = rows.Where(r => r.Ticket.TypeId != null && f.TypeIds.Contains(r.Ticket.TypeId.Value));
        if (f.ServiceIds.Count > 0) rows = rows.Where(r => r.Ticket.ServiceId != null && f.ServiceIds.Contains(r.Ticket.ServiceId.Value));
        if (f.SlaIds.Count > 0) rows = rows.Where(r => r.Ticket.SlaId != null && f.SlaIds.Contains(r.Ticket.SlaId.Value));
        if (f.OwnerIds.Count > 0) rows = rows.Where(r => f.OwnerIds.Contains(r.Ticket.OwnerId));
        if (f.ResponsibleIds.Count > 0) rows = rows.Where(r => f.ResponsibleIds.Contains(r.Ticket.ResponsibleId));
        if (!string.IsNullOrWhiteSpace(f.CustomerUser)) rows = rows.Where(r => r.Ticket.CustomerUserId == f.CustomerUser);
        if (!string.IsNullOrWhiteSpace(f.CustomerId)) rows = rows.Where(r => r.Ticket.CustomerId == f.CustomerId);
        if (f.Lock is "locked" or "lock") rows = rows.Where(r => r.Ticket.LockId != TicketLockType.Unlock);
        if (f.Lock is "unlocked" or "unlock") rows = rows.Where(r => r.Ticket.LockId == TicketLockType.Unlock);
        if (!f.IncludeArchived) rows = rows.Where(r => r.Ticket.ArchiveFlag == 0);

        if (f.CreatedFrom is { } cf) rows = rows.Where(r => r.Ticket.CreateTime >= cf.UtcDateTime);
        if (f.CreatedTo is { } ct) rows = rows.Where(r => r.Ticket.CreateTime <= ct.UtcDateTime);
        if (f.ChangedFrom is { } hf) rows = rows.Where(r => r.Ticket.ChangeTime >= hf.UtcDateTime);
        if (f.ChangedTo is { } ht) rows = rows.Where(r => r.Ticket.ChangeTime <= ht.UtcDateTime);
        rows = EpochRange(rows, r => r.Ticket.UntilTimeEpoch, f.PendingFrom, f.PendingTo);
        rows = EpochRange(rows, r => r.Ticket.EscalationTimeEpoch, f.EscalationFrom, f.EscalationTo);

        if (!string.IsNullOrWhiteSpace(f.TicketNumber))
            rows = rows.Where(r => EF.Functions.Like(r.Ticket.TicketNumber, "%" + Escape(f.TicketNumber.Trim()) + "%"));
        if (!string.IsNullOrWhiteSpace(f.Title)) rows = search.TitleContains(rows, f.Title.Trim());
        if (!string.IsNullOrWhiteSpace(f.Q)) rows = search.FullText(rows, f.Q.Trim(), customer, fewTextMatches);
        return rows;
    }

    private static IQueryable<TicketRow> EpochRange(
        IQueryable<TicketRow> rows, System.Linq.Expressions.Expression<Func<TicketRow, int>> column,
        DateTimeOffset? from, DateTimeOffset? to)
    {
        if (from is null && to is null) return rows;
        var lo = from is null ? 1 : Math.Max(1, EpochTime.FromDateTime(from));
        var hi = to is null ? int.MaxValue : EpochTime.FromDateTime(to);
        var parameter = column.Parameters[0];
        var body = System.Linq.Expressions.Expression.AndAlso(
            System.Linq.Expressions.Expression.GreaterThanOrEqual(column.Body, System.Linq.Expressions.Expression.Constant(lo)),
            System.Linq.Expressions.Expression.LessThanOrEqual(column.Body, System.Linq.Expressions.Expression.Constant(hi)));
        return rows.Where(System.Linq.Expressions.Expression.Lambda<Func<TicketRow, bool>>(body, parameter));
    }

    public static string Escape(string value) => value.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
