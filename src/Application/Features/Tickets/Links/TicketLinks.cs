using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Features.Tickets.Common;
using GoTrs.Domain.Common;
using GoTrs.Domain.Links;
using GoTrs.Domain.Tickets;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Application.Features.Tickets.Links;

public enum LinkKind
{
    Normal,
    ParentChild,
}

/// <summary>
/// Ticket links in link_relation: keys are ticket ids as text; the 'Ticket' link object row is created on first use;
/// ParentChild links run from parent (source) to child (target).
/// </summary>
public sealed class TicketLinks(IAppDbContext db, HistoryTypeCache history, TimeProvider clock, ICurrentUser caller)
{
    public const string TicketObject = "Ticket";

    public async Task<int> TicketObjectIdAsync(CancellationToken ct)
    {
        var id = await db.LinkObjects.Where(o => o.Name == TicketObject).Select(o => (int?)o.Id).FirstOrDefaultAsync(ct);
        if (id is not null) return id.Value;
        var created = new LinkObject { Name = TicketObject };
        db.LinkObjects.Add(created);
        await db.SaveChangesAsync(ct);
        return created.Id;
    }

    public async Task<int> TypeIdAsync(LinkKind kind, CancellationToken ct) =>
        await db.LinkTypes.Where(t => t.Name == kind.ToString()).Select(t => t.Id).FirstAsync(ct);

    /// <summary>Adds the link (if not there yet) and its history rows on both tickets; the caller saves.</summary>
    public async Task<bool> AddAsync(Ticket from, Ticket to, LinkKind kind, List<TicketHistory> entries, CancellationToken ct)
    {
        var objectId = await TicketObjectIdAsync(ct);
        var typeId = await TypeIdAsync(kind, ct);
        var (source, target) = (from.Id.ToString(), to.Id.ToString());
        var exists = await db.LinkRelations.AnyAsync(l => l.SourceObjectId == objectId && l.TargetObjectId == objectId
            && l.TypeId == typeId && ((l.SourceKey == source && l.TargetKey == target)
                || (kind == LinkKind.Normal && l.SourceKey == target && l.TargetKey == source)), ct);
        if (exists) return false;
        var validState = await db.LinkStates.Where(s => s.Name == "Valid").Select(s => s.Id).FirstAsync(ct);
        db.LinkRelations.Add(new LinkRelation
        {
            SourceObjectId = objectId, SourceKey = source, TargetObjectId = objectId, TargetKey = target, TypeId = typeId,
            StateId = validState, CreateTime = clock.GetUtcNow().UtcDateTime, CreateBy = caller.AgentId ?? SystemUser.Id,
        });
        entries.Add(await history.EntryAsync(from, HistoryTypes.TicketLinkAdd, $"%%{to.TicketNumber}%%{to.Id}%%{kind}", null, ct));
        entries.Add(await history.EntryAsync(to, HistoryTypes.TicketLinkAdd, $"%%{from.TicketNumber}%%{from.Id}%%{kind}", null, ct));
        return true;
    }
}
