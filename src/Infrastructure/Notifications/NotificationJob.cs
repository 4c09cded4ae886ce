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
/// Notifies ticket changes (ADR 0050): takes the rows the ticket_history trigger left in gotrs_notification_event one
/// by one in id order (FOR UPDATE SKIP LOCKED) and, in one transaction per change, queues its mails and history and
/// deletes the row — so each change is notified once, however many servers run the job. A change that fails is
/// retried on later runs and left for inspection after Notifications:MaxAttempts.
/// </summary>
public sealed class NotificationJob(
    IServiceScopeFactory scopes, NpgsqlDataSource dataSource, TimeProvider clock, IOptions<NotificationOptions> options,
    ILogger<NotificationJob> logger)
    : PeriodicJob(scopes, dataSource, clock, logger)
{
    private const int MaxChangesPerRun = 1000;

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
        for (var done = 0; done < MaxChangesPerRun && await NotifyNextAsync(db, notifier, failed, cancellationToken); done++)
            db.ChangeTracker.Clear();
    }

    // A change that fails waits for the next run rather than being retried at once.
    private async Task<bool> NotifyNextAsync(AppDbContext db, TicketNotifier notifier, List<long> failed, CancellationToken ct)
    {
        var max = options.Value.MaxAttempts;
        var skip = failed.ToArray();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var change = (await db.NotificationTriggers.FromSql($"""
            SELECT * FROM gotrs_notification_event WHERE attempts < {max} AND NOT (id = ANY({skip}))
            ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED
            """).ToListAsync(ct)).SingleOrDefault();
        if (change is null) return false;
        try
        {
            await notifier.NotifyAsync(change, ct);
            db.NotificationTriggers.Remove(change);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            failed.Add(change.Id);
            var message = e.GetBaseException().Message;
            var error = message.Length > 2000 ? message[..2000] : message;
            await db.NotificationTriggers.Where(t => t.Id == change.Id).ExecuteUpdateAsync(s => s
                .SetProperty(t => t.Attempts, t => t.Attempts + 1).SetProperty(t => t.LastError, error), ct);
            logger.LogError(e, "Notifications of ticket change {Id} ({Type}) failed", change.Id, change.HistoryType);
        }
        return true;
    }
}
