using GoTrs.Domain.Tickets.Numbers;
using GoTrs.Infrastructure.Jobs;
using GoTrs.Infrastructure.Tickets;
using Microsoft.Extensions.DependencyInjection;

namespace GoTrs.WebApi.IntegrationTests.Tickets.Escalation;

public sealed class TicketNumberCounterCleanupJobTests : EscalationTest
{
    [Test]
    public async Task ShouldDeleteSpentCounterRowsButKeepCounting_WhenTheJobRuns()
    {
        await ExecuteAsync("TRUNCATE ticket_number_counter");
        var generator = Services.GetRequiredService<TicketNumberGenerator>();
        for (var i = 0; i < 12; i++) await generator.NextAsync(CancellationToken.None);
        Clock.Now = Monday.AddHours(1);

        var ran = await ActivatorUtilities.CreateInstance<TicketNumberCounterCleanupJob>(Services).RunOnceAsync(CancellationToken.None);

        ran.ShouldBeTrue();
        (await ScalarAsync<long>("SELECT count(*) FROM ticket_number_counter")).ShouldBe(10);
        (await generator.NextAsync(CancellationToken.None))
            .ShouldBe(DateChecksumTicketNumber.Format(DateOnly.FromDateTime(Monday.UtcDateTime), "10", 13));
    }
}
