using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Features.Tickets.Escalation;
using GoTrs.Domain.Tickets.Escalation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GoTrs.Infrastructure.Jobs;

/// <summary>
/// Records escalations in ticket history: EscalationXTimeStart once a deadline has passed, EscalationXTimeNotifyBefore
/// once the notify share of its business time is used up (and it has not passed yet). Each escalating ticket is
/// recalculated on the way, which also repairs columns left stale by calendar, queue or SLA edits.
/// </summary>
public sealed class EscalationJob(
    IServiceScopeFactory scopes, NpgsqlDataSource dataSource, TimeProvider clock,
    IOptions<JobOptions> options, ILogger<EscalationJob> logger)
    : PeriodicJob(scopes, dataSource, clock, logger)
{
    private const int BatchSize = 500;

    public override long LockKey => 0x476F5472730001; // "GoTrs" 0001

    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.EscalationIntervalSeconds);

    protected override async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<IAppDbContext>();
        var escalations = services.GetRequiredService<EscalationService>();
        var events = services.GetRequiredService<TicketEventLog>();
        var now = Clock.GetUtcNow();
        var recorded = 0;
        for (long after = 0; ;)
        {
            var ids = await db.Tickets.AsNoTracking()
                .Where(t => t.EscalationTimeEpoch != 0 && t.Id > after)
                .OrderBy(t => t.Id).Select(t => t.Id).Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (ids.Count == 0) break;
            var results = await escalations.RefreshAsync(ids, cancellationToken);
            recorded += await events.RecordAsync(results.SelectMany(r => Due(r, now)).ToList(), now, cancellationToken);
            after = ids[^1];
        }
        if (recorded > 0) logger.LogInformation("Recorded {Count} escalation events", recorded);
    }

    private static IEnumerable<TicketEvent> Due(TicketEscalation escalation, DateTimeOffset now)
    {
        foreach (var deadline in escalation.Result.Deadlines)
        {
            var type = deadline.Due <= now ? StartType(deadline.Kind)
                : deadline.NotifyAt <= now ? NotifyBeforeType(deadline.Kind)
                : null;
            if (type is not null)
                yield return new TicketEvent(escalation.Ticket.Id, type, deadline.DueEpoch, type,
                    $"%%{escalation.Ticket.TicketNumber}%%{TicketEventLog.Iso(deadline.Due)}");
        }
    }

    private static string StartType(EscalationKind kind) => kind switch
    {
        EscalationKind.Response => "EscalationResponseTimeStart",
        EscalationKind.Update => "EscalationUpdateTimeStart",
        _ => "EscalationSolutionTimeStart",
    };

    private static string NotifyBeforeType(EscalationKind kind) => kind switch
    {
        EscalationKind.Response => "EscalationResponseTimeNotifyBefore",
        EscalationKind.Update => "EscalationUpdateTimeNotifyBefore",
        _ => "EscalationSolutionTimeNotifyBefore",
    };
}
