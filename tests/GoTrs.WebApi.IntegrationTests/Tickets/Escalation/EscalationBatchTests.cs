using GoTrs.Application.Common.Interfaces;
using GoTrs.WebApi.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GoTrs.WebApi.IntegrationTests.Tickets.Escalation;

public sealed class EscalationBatchTests : EscalationTest
{
    private static async Task<int> CountCommandsWhileRecalculatingAsync(int tickets)
    {
        var ids = new List<long>();
        for (var i = 0; i < tickets; i++)
        {
            var id = await InsertTicketAsync(Monday.AddMinutes(i));
            await InsertArticleAsync(id, senderTypeId: 3, channelId: 1, Monday.AddMinutes(i));
            ids.Add(id);
        }
        await using var scope = Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<IEscalationService>();

        using var counter = new SqlCounter();
        await service.RecalculateAsync(ids, CancellationToken.None);
        return counter.Count;
    }

    [Test]
    public async Task ShouldRunAsManyQueriesForTwentyTicketsAsForOne_WhenRecalculatingABatch()
    {
        await InsertCalendarAsync("Office", "UTC", """{"mon":[["08:00","17:00"]]}""");
        await SetQueueTimesAsync(4, response: 60, update: 120, solution: 480, calendar: "Office");

        var forOne = await CountCommandsWhileRecalculatingAsync(1);
        var forTwenty = await CountCommandsWhileRecalculatingAsync(20);

        forOne.ShouldBe(4, "tickets, calendars, articles, one UPDATE");
        forTwenty.ShouldBe(forOne);
    }
}
