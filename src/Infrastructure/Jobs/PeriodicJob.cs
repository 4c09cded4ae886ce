using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GoTrs.Infrastructure.Jobs;

/// <summary>
/// A job that runs every <see cref="Interval"/> on whichever server gets there first: each run holds a PostgreSQL
/// session advisory lock for its <see cref="LockKey"/>, and a server that finds the lock taken skips that run.
/// A failed run is logged and the next one comes as usual.
/// </summary>
public abstract class PeriodicJob(
    IServiceScopeFactory scopes, NpgsqlDataSource dataSource, TimeProvider clock, ILogger logger) : BackgroundService
{
    /// <summary>The advisory lock key, unique per job; the high bytes spell "GoTrs" like the schema migrator's lock.</summary>
    public abstract long LockKey { get; }

    protected abstract TimeSpan Interval { get; }

    protected TimeProvider Clock { get; } = clock;

    protected abstract Task RunAsync(IServiceProvider services, CancellationToken cancellationToken);

    /// <summary>One run, unless another process holds this job's lock; true when it ran.</summary>
    public async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        // The lock belongs to this connection's session, so it is held until unlocked here or the session ends.
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        if (!await AdvisoryAsync(connection, "pg_try_advisory_lock", cancellationToken)) return false;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await RunAsync(scope.ServiceProvider, cancellationToken);
            return true;
        }
        finally
        {
            try
            {
                await AdvisoryAsync(connection, "pg_advisory_unlock", CancellationToken.None);
            }
            catch (NpgsqlException ex)
            {
                // A broken session has released its locks already; the run's own outcome matters more.
                logger.LogWarning(ex, "{Job} could not release its lock explicitly", GetType().Name);
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // A zero or negative interval from configuration would make PeriodicTimer throw and stop the host.
        using var timer = new PeriodicTimer(Interval > TimeSpan.Zero ? Interval : TimeSpan.FromSeconds(60), Clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    if (!await RunOnceAsync(stoppingToken))
                        logger.LogDebug("{Job} skipped: another instance holds its lock", GetType().Name);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    logger.LogError(ex, "{Job} failed; it runs again in {Interval}", GetType().Name, Interval);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown.
        }
    }

    private async Task<bool> AdvisoryAsync(NpgsqlConnection connection, string function, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"SELECT {function}(@key)", connection);
        command.Parameters.AddWithValue("key", LockKey);
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }
}
