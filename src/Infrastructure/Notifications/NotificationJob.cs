using GoTrs.Application.Features.Notifications;
using GoTrs.Application.Features.Notifications.SendNotifications;
using GoTrs.Infrastructure.Jobs;
using GoTrs.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GoTrs.Infrastructure.Notifications;

/// <summary>
/// Notifies ticket changes (ADR 0050): takes the rows the ticket_history trigger left in gotrs_notification_event in
/// id order, up to 50 at a time (FOR UPDATE SKIP LOCKED), and in one transaction queues their mails and history and
/// deletes the rows — so each change is notified once, however many servers run the job. When a batch fails, its
/// changes are redone one per transaction; a change that fails alone is retried on later runs and left for inspection
/// after Notifications:MaxAttempts.
/// </summary>
public sealed class NotificationJob(
    IServiceScopeFactory scopes, NpgsqlDataSource dataSource, TimeProvider clock, IOptions<NotificationOptions> options,
    ILogger<NotificationJob> logger)
    : PeriodicJob(scopes, dataSource, clock, logger)
{
    private const int MaxChangesPerRun = 5000;

    /// <summary>Changes notified in one transaction: at hundreds of new tickets a second, one transaction per change fell behind.</summary>
    private const int BatchSize = 50;

    public override long LockKey => 0x476F5472730030; // "GoTrs" 0030

    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.IntervalSeconds);

    protected override async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<AppDbContext>();
        if (!options.Value.Enabled)
        {
            await db.NotificationTriggers.ExecuteDeleteAsync(cancellationToken);
            return;
        }
        var notifier = services.GetRequiredService<TicketNotifier>();
        var failed = new List<long>();
        for (int done = 0, alone = 0; done < MaxChangesPerRun;)
        {
            var size = alone > 0 ? 1 : BatchSize;
            var (claimed, notified) = await NotifyAsync(db, notifier, failed, size, cancellationToken);
            db.ChangeTracker.Clear();
            if (claimed == 0) return;
            done += notified;
            // A batch that failed as a whole goes again one change at a time, so only the failing change waits for a
            // later run (a change that fails alone is skipped for the rest of this run).
            alone = notified == 0 && size > 1 ? BatchSize : Math.Max(0, alone - 1);
        }
    }

    /// <summary>Notifies up to <paramref name="count"/> changes in one transaction: how many were claimed and notified.</summary>
    private async Task<(int Claimed, int Notified)> NotifyAsync(
        AppDbContext db, TicketNotifier notifier, List<long> failed, int count, CancellationToken ct)
    {
        var max = options.Value.MaxAttempts;
        var skip = failed.ToArray();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var changes = await db.NotificationTriggers.FromSql($"""
            SELECT * FROM gotrs_notification_event WHERE attempts < {max} AND NOT (id = ANY({skip}))
            ORDER BY id LIMIT {count} FOR UPDATE SKIP LOCKED
            """).ToListAsync(ct);
        if (changes.Count == 0) return (0, 0);
        try
        {
            foreach (var change in changes) await notifier.NotifyAsync(change, ct);
            db.NotificationTriggers.RemoveRange(changes);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return (changes.Count, changes.Count);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            if (changes.Count > 1)
            {
                logger.LogWarning(e, "Notifying {Count} ticket changes together failed; notifying them one by one", changes.Count);
                return (changes.Count, 0);
            }
            // A change that fails waits for the next run rather than being retried at once.
            var change = changes[0];
            failed.Add(change.Id);
            var message = e.GetBaseException().Message;
            var error = message.Length > 2000 ? message[..2000] : message;
            await db.NotificationTriggers.Where(t => t.Id == change.Id).ExecuteUpdateAsync(s => s
                .SetProperty(t => t.Attempts, t => t.Attempts + 1).SetProperty(t => t.LastError, error), ct);
            logger.LogError(e, "Notifications of ticket change {Id} ({Type}) failed", change.Id, change.HistoryType);
            return (1, 0);
        }
    }
}
