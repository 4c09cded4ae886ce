using GoTrs.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GoTrs.Infrastructure.Events;

/// <summary>Deletes stored ticket events older than Jobs:EventRetentionHours; resuming clients need only recent ones.</summary>
public sealed class TicketEventPruneJob(
    IServiceScopeFactory scopes, NpgsqlDataSource dataSource, TimeProvider clock,
    IOptions<JobOptions> options, ILogger<TicketEventPruneJob> logger)
    : PeriodicJob(scopes, dataSource, clock, logger)
{
    public override long LockKey => 0x476F5472730010; // "GoTrs" 0010

    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.EventPruneIntervalSeconds);

    protected override async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var cutoff = Clock.GetUtcNow() - TimeSpan.FromHours(Math.Max(1, options.Value.EventRetentionHours));
        await using var command = services.GetRequiredService<NpgsqlDataSource>().CreateCommand("DELETE FROM gotrs_ticket_event WHERE create_time < @cutoff");
        command.Parameters.AddWithValue("cutoff", cutoff.ToUniversalTime());
        var removed = await command.ExecuteNonQueryAsync(cancellationToken);
        if (removed > 0) logger.LogInformation("Pruned {Count} ticket events older than {Cutoff}", removed, cutoff);
    }
}
