using GoTrs.Infrastructure.Jobs;
using GoTrs.WebApi.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace GoTrs.WebApi.IntegrationTests.Tickets.Escalation;

public sealed class PeriodicJobTests : ApiTest
{
    /// <summary>Fails its first run, then succeeds; ticks every 20 ms.</summary>
    private sealed class FlakyJob(IServiceScopeFactory scopes, NpgsqlDataSource dataSource)
        : PeriodicJob(scopes, dataSource, TimeProvider.System, NullLogger.Instance)
    {
        private int _runs;

        public int Runs => Volatile.Read(ref _runs);

        public override long LockKey => 0x476F547273FFFF;

        protected override TimeSpan Interval => TimeSpan.FromMilliseconds(20);

        protected override Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref _runs) == 1 ? throw new InvalidOperationException("first run fails") : Task.CompletedTask;
    }

    [Test]
    public async Task ShouldKeepRunningAndKeepTheHostAlive_WhenARunThrows()
    {
        var job = new FlakyJob(Api.Services.GetRequiredService<IServiceScopeFactory>(),
            Api.Services.GetRequiredService<NpgsqlDataSource>());

        await job.StartAsync(CancellationToken.None);
        for (var waited = 0; job.Runs < 3 && waited < 10_000; waited += 20) await Task.Delay(20);
        await job.StopAsync(CancellationToken.None);

        job.Runs.ShouldBeGreaterThanOrEqualTo(3);
        job.ExecuteTask!.IsFaulted.ShouldBeFalse();
    }
}
