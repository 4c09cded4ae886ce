using GoTrs.Infrastructure.Tickets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GoTrs.Infrastructure.Jobs;

/// <summary>Deletes spent ticket number counter rows, as Znuny's daemon does, so the table stays small.</summary>
public sealed class TicketNumberCounterCleanupJob(
    IServiceScopeFactory scopes, NpgsqlDataSource dataSource, TimeProvider clock, TicketNumberGenerator generator,
    IOptions<JobOptions> options, ILogger<TicketNumberCounterCleanupJob> logger)
    : PeriodicJob(scopes, dataSource, clock, logger)
{
    public override long LockKey => 0x476F5472730101; // "GoTrs" 0101, next to the counter lock 0100

    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.TicketNumberCleanupIntervalSeconds);

    protected override async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var deleted = await generator.CleanupAsync(cancellationToken);
        if (deleted > 0) logger.LogInformation("Deleted {Rows} spent ticket number counter rows", deleted);
    }
}
