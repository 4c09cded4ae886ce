using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Messaging;
using GoTrs.Application.Features.Lookups;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Application.Features.Queues.GetQueueOverview;

/// <summary>A queue with its ticket counts by state type name ("new", "open", "pending reminder", …).</summary>
public sealed record QueueOverviewDto(int QueueId, string Name, int? ParentId, int GroupId, IReadOnlyDictionary<string, int> Counts);

/// <summary>
/// The valid queues the agent may see, each with the number of its non-archived tickets per state type: one grouped
/// statement over ticket (served by the gotrs_ticket_queue_state_count index) besides the cached queue list.
/// </summary>
public sealed record GetQueueOverviewQuery : IRequest<IReadOnlyList<QueueOverviewDto>>;

public sealed class GetQueueOverviewHandler(IAppDbContext db, ISender sender)
    : IRequestHandler<GetQueueOverviewQuery, IReadOnlyList<QueueOverviewDto>>
{
    public async Task<IReadOnlyList<QueueOverviewDto>> Handle(GetQueueOverviewQuery request, CancellationToken cancellationToken)
    {
        var queues = await sender.Send(new GetQueuesQuery(), cancellationToken);
        var queueIds = queues.Select(q => q.Id).ToList();
        var counts = queueIds.Count == 0 ? [] : await (
                from t in db.Tickets
                where t.ArchiveFlag == 0 && queueIds.Contains(t.QueueId)
                join s in db.TicketStates on t.StateId equals s.Id
                join type in db.TicketStateTypes on s.TypeId equals type.Id
                group t by new { t.QueueId, type.Name } into g
                select new { g.Key.QueueId, g.Key.Name, Count = g.Count() })
            .ToListAsync(cancellationToken);
        // Every state type in use shows up, with 0 where a queue has none, so the client needs no defaults.
        var typeNames = (await sender.Send(new GetStatesQuery(), cancellationToken)).Select(s => s.TypeName)
            .Concat(counts.Select(c => c.Name)).Distinct().Order(StringComparer.Ordinal).ToList();
        var byQueue = counts.ToLookup(c => c.QueueId);
        return queues.Select(q =>
            {
                var found = byQueue[q.Id].ToDictionary(c => c.Name, c => c.Count);
                return new QueueOverviewDto(q.Id, q.Name, q.ParentId, q.GroupId,
                    typeNames.ToDictionary(n => n, n => found.GetValueOrDefault(n)));
            })
            .ToList();
    }
}
