using GoTrs.Application.Common.Interfaces;
using GoTrs.Domain.Tickets;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Application.Features.Tickets.Common;

/// <summary>A ticket joined with the names of everything it refers to; the one query list and zoom both build on.</summary>
public sealed class TicketRow
{
    public required Ticket Ticket { get; init; }
    public required string Queue { get; init; }
    public required int GroupId { get; init; }
    public required string State { get; init; }
    public required string StateType { get; init; }
    public required string Priority { get; init; }
    public required string Lock { get; init; }
    public required string OwnerLogin { get; init; }
    public required string OwnerName { get; init; }
    public required string ResponsibleLogin { get; init; }
    public required string ResponsibleName { get; init; }
    public string? Type { get; init; }
    public string? Service { get; init; }
    public string? Sla { get; init; }
}

public static class TicketRows
{
    /// <summary>A row with the ticket's version (xmin), the input of <see cref="TicketSummaryDto.From"/>.</summary>
    public static IQueryable<VersionedTicketRow> WithVersion(this IQueryable<TicketRow> rows) =>
        rows.Select(r => new VersionedTicketRow { Row = r, Version = EF.Property<uint>(r.Ticket, TicketVersion.PropertyName) });

    /// <summary>Read-only rows; pass <paramref name="tracked"/> to change the tickets read.</summary>
    public static IQueryable<TicketRow> Query(IAppDbContext db, bool tracked = false) =>
        from t in tracked ? db.Tickets : db.Tickets.AsNoTracking()
        join q in db.Queues on t.QueueId equals q.Id
        join s in db.TicketStates on t.StateId equals s.Id
        join st in db.TicketStateTypes on s.TypeId equals st.Id
        join p in db.TicketPriorities on t.PriorityId equals p.Id
        join l in db.TicketLockTypes on t.LockId equals l.Id
        join o in db.Agents on t.OwnerId equals o.Id
        join r in db.Agents on t.ResponsibleId equals r.Id
        from ty in db.TicketTypes.Where(x => x.Id == t.TypeId).DefaultIfEmpty()
        from sv in db.Services.Where(x => x.Id == t.ServiceId).DefaultIfEmpty()
        from sl in db.Slas.Where(x => x.Id == t.SlaId).DefaultIfEmpty()
        select new TicketRow
        {
            Ticket = t, Queue = q.Name, GroupId = q.GroupId, State = s.Name, StateType = st.Name, Priority = p.Name,
            Lock = l.Name, OwnerLogin = o.Login, OwnerName = o.FirstName + " " + o.LastName,
            ResponsibleLogin = r.Login, ResponsibleName = r.FirstName + " " + r.LastName,
            Type = ty == null ? null : ty.Name, Service = sv == null ? null : sv.Name, Sla = sl == null ? null : sl.Name,
        };
}

public sealed class VersionedTicketRow
{
    public required TicketRow Row { get; init; }
    public required uint Version { get; init; }

    public TicketSummaryDto ToDto() => TicketSummaryDto.From(Row, Version);
}
