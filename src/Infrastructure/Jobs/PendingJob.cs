using GoTrs.Application.Common.Interfaces;
using GoTrs.Domain.Common;
using GoTrs.Domain.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GoTrs.Infrastructure.Jobs;

/// <summary>
/// Acts on pending times that have come: a "pending reminder" ticket gets one history note per pending time, a
/// "pending auto" ticket is closed (see <see cref="PendingAutoClose"/>) and its escalations are recalculated.
/// </summary>
public sealed class PendingJob(
    IServiceScopeFactory scopes, NpgsqlDataSource dataSource, TimeProvider clock,
    IOptions<JobOptions> options, ILogger<PendingJob> logger)
    : PeriodicJob(scopes, dataSource, clock, logger)
{
    public const string ReminderKind = "PendingReminder";

    public override long LockKey => 0x476F5472730002; // "GoTrs" 0002

    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.PendingIntervalSeconds);

    protected override async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        var reminded = await RecordRemindersAsync(services, now, cancellationToken);
        var closed = await services.GetRequiredService<PendingAutoClose>().CloseDueAsync(now, cancellationToken);
        if (closed.Count > 0)
            await services.GetRequiredService<IEscalationService>().RecalculateAsync(closed, cancellationToken);
        if (reminded + closed.Count > 0)
            logger.LogInformation("Pending times reached: {Reminded} reminders, {Closed} tickets closed", reminded, closed.Count);
    }

    private static async Task<int> RecordRemindersAsync(IServiceProvider services, DateTimeOffset now, CancellationToken ct)
    {
        var db = services.GetRequiredService<IAppDbContext>();
        var nowEpoch = EpochTime.FromDateTime(now);
        var due = await (
            from t in db.Tickets.AsNoTracking()
            // A range (0, now] on ticket_until_time; "<> 0" would read the index entries of every ticket without one.
            where t.UntilTimeEpoch > 0 && t.UntilTimeEpoch <= nowEpoch
            join state in db.TicketStates on t.StateId equals state.Id
            join type in db.TicketStateTypes on state.TypeId equals type.Id
            where type.Name == TicketStateType.PendingReminder
            select new { t.Id, t.UntilTimeEpoch })
            .ToListAsync(ct);

        var events = due.Select(t => new TicketEvent(t.Id, ReminderKind, t.UntilTimeEpoch, HistoryTypes.Misc,
            $"%%PendingReminderReached%%{TicketEventLog.Iso(EpochTime.ToDateTime(t.UntilTimeEpoch)!.Value)}")).ToList();
        return await services.GetRequiredService<TicketEventLog>().RecordAsync(events, now, ct);
    }
}
