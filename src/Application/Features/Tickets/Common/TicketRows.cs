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

    /// <summary>
    /// Read-only rows; pass <paramref name="tracked"/> to change the tickets read. Names come from correlated scalar
    /// subqueries rather than joins: PostgreSQL plans an eleven-table join anew for every execution (10–30 ms at a
    /// million tickets, twenty times the execution), while subqueries on primary keys plan in well under a millisecond
    /// and are evaluated only for the rows returned. Lists do not build on it: their SQL is
    /// written by hand (<see cref="Interfaces.ITicketReader"/>).
    /// </summary>
    public static IQueryable<TicketRow> Query(IAppDbContext db, bool tracked = false) =>
        from t in tracked ? db.Tickets : db.Tickets.AsNoTracking()
        select new TicketRow
        {
            Ticket = t,
            Queue = db.Queues.Where(q => q.Id == t.QueueId).Select(q => q.Name).FirstOrDefault()!,
            GroupId = db.Queues.Where(q => q.Id == t.QueueId).Select(q => q.GroupId).FirstOrDefault(),
            State = db.TicketStates.Where(s => s.Id == t.StateId).Select(s => s.Name).FirstOrDefault()!,
            StateType = (from s in db.TicketStates
                         join st in db.TicketStateTypes on s.TypeId equals st.Id
                         where s.Id == t.StateId
                         select st.Name).FirstOrDefault()!,
            Priority = db.TicketPriorities.Where(p => p.Id == t.PriorityId).Select(p => p.Name).FirstOrDefault()!,
            Lock = db.TicketLockTypes.Where(l => l.Id == t.LockId).Select(l => l.Name).FirstOrDefault()!,
            OwnerLogin = db.Agents.Where(o => o.Id == t.OwnerId).Select(o => o.Login).FirstOrDefault()!,
            OwnerName = db.Agents.Where(o => o.Id == t.OwnerId).Select(o => o.FirstName + " " + o.LastName).FirstOrDefault()!,
            ResponsibleLogin = db.Agents.Where(r => r.Id == t.ResponsibleId).Select(r => r.Login).FirstOrDefault()!,
            ResponsibleName = db.Agents.Where(r => r.Id == t.ResponsibleId)
                .Select(r => r.FirstName + " " + r.LastName).FirstOrDefault()!,
            Type = db.TicketTypes.Where(x => x.Id == t.TypeId).Select(x => x.Name).FirstOrDefault(),
            Service = db.Services.Where(x => x.Id == t.ServiceId).Select(x => x.Name).FirstOrDefault(),
            Sla = db.Slas.Where(x => x.Id == t.SlaId).Select(x => x.Name).FirstOrDefault(),
        };
}

public sealed class VersionedTicketRow
{
    public required TicketRow Row { get; init; }
    public required uint Version { get; init; }

    public TicketSummaryDto ToDto() => TicketSummaryDto.From(Row, Version);
}
