using GoTrs.Application.Common.Interfaces;
using GoTrs.Domain.Tickets;
using GoTrs.Domain.Tickets.Escalation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace GoTrs.Application.Features.Tickets.Escalation;

/// <summary>One ticket's freshly calculated escalation.</summary>
public sealed record TicketEscalation(Ticket Ticket, EscalationResult Result);

/// <summary>
/// Recalculates the escalation columns of tickets. The whole batch costs a fixed number of queries: three to load,
/// one set-based UPDATE for the tickets whose columns changed.
/// </summary>
public sealed class EscalationService(IAppDbContext db, ILogger<EscalationService> logger) : IEscalationService
{
    public Task RecalculateAsync(IReadOnlyCollection<long> ticketIds, CancellationToken cancellationToken) =>
        RefreshAsync(ticketIds, cancellationToken);

    /// <summary>Like <see cref="RecalculateAsync"/>, and hands the results back (with the ticket as it was loaded).</summary>
    public async Task<IReadOnlyList<TicketEscalation>> RefreshAsync(
        IReadOnlyCollection<long> ticketIds, CancellationToken cancellationToken)
    {
        if (ticketIds.Count == 0) return [];
        var inputs = await new EscalationInputs(db, logger).LoadAsync(ticketIds.Distinct().ToArray(), cancellationToken);
        var results = inputs
            .Select(i => new TicketEscalation(i.Ticket, EscalationCalculator.Calculate(i.Facts, i.Policy, i.Calendar)))
            .ToList();
        await StoreAsync(results.Where(r => !r.Result.Matches(r.Ticket)).ToList(), cancellationToken);
        return results;
    }

    private async Task StoreAsync(IReadOnlyList<TicketEscalation> changed, CancellationToken ct)
    {
        if (changed.Count == 0) return;
        var ids = changed.Select(c => c.Ticket.Id).ToArray();
        var response = changed.Select(c => c.Result.ResponseEpoch).ToArray();
        var update = changed.Select(c => c.Result.UpdateEpoch).ToArray();
        var solution = changed.Select(c => c.Result.SolutionEpoch).ToArray();
        var nearest = changed.Select(c => c.Result.EscalationEpoch).ToArray();

        // Parallel arrays keep this one parameterised statement whatever the batch size: each row picks its values
        // by its id's position. change_time stays as it is: escalation bookkeeping is not a change to the ticket.
        await db.Tickets.Where(t => ids.Contains(t.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(t => t.EscalationResponseTimeEpoch, t => response[Array.IndexOf(ids, t.Id)])
            .SetProperty(t => t.EscalationUpdateTimeEpoch, t => update[Array.IndexOf(ids, t.Id)])
            .SetProperty(t => t.EscalationSolutionTimeEpoch, t => solution[Array.IndexOf(ids, t.Id)])
            .SetProperty(t => t.EscalationTimeEpoch, t => nearest[Array.IndexOf(ids, t.Id)]), ct);
    }
}
