using GoTrs.Application.Common.Interfaces;
using GoTrs.Domain.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace GoTrs.Application.Features.Tickets.Common;

/// <summary>History type ids by name. The table is fixed initial data, so it is read once per process.</summary>
public sealed class HistoryTypeCache(IAppDbContext db, IMemoryCache cache)
{
    public async Task<int> IdAsync(string name, CancellationToken ct)
    {
        var all = await cache.GetOrCreateAsync("tickets:history-types", async entry =>
        {
            entry.Priority = CacheItemPriority.NeverRemove;
            return await db.TicketHistoryTypes.AsNoTracking().ToDictionaryAsync(t => t.Name, t => t.Id, ct);
        });
        return all!.TryGetValue(name, out var id)
            ? id
            : throw new InvalidOperationException($"History type {name} is missing from ticket_history_type.");
    }

    /// <summary>A history row that snapshots the ticket as it is now.</summary>
    public async Task<TicketHistory> EntryAsync(Ticket ticket, string type, string name, long? articleId, CancellationToken ct) =>
        new()
        {
            HistoryTypeId = await IdAsync(type, ct),
            Name = name.Length > 200 ? name[..200] : name,
            TicketId = ticket.Id,
            ArticleId = articleId,
            TypeId = ticket.TypeId ?? 1,
            QueueId = ticket.QueueId,
            OwnerId = ticket.OwnerId,
            PriorityId = ticket.PriorityId,
            StateId = ticket.StateId,
        };
}
