using GoTrs.Application.Common.Interfaces;
using Microsoft.Extensions.DependencyInjection;

namespace GoTrs.WebApi.IntegrationTests.Tickets.Escalation;

public sealed class RecalculateEscalationTests : EscalationTest
{
    private const int Agent = 1, Customer = 3, Email = 1;

    private static async Task RecalculateAsync(params long[] ticketIds)
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IEscalationService>().RecalculateAsync(ticketIds, CancellationToken.None);
    }

    [Test]
    public async Task ShouldSetTheColumnsFromTheQueue_WhenTheTicketHasNoSla()
    {
        await SetQueueTimesAsync(4, response: 60, update: 120, solution: 480);
        var ticket = await InsertTicketAsync(Monday);

        await RecalculateAsync(ticket);

        (await EscalationColumnsAsync(ticket)).ShouldBe([
            Epoch(Monday.AddMinutes(60)), Epoch(Monday.AddMinutes(60)), Epoch(Monday.AddMinutes(120)),
            Epoch(Monday.AddMinutes(480))]);
    }

    [Test]
    public async Task ShouldUseTheSlasTimes_WhenTheTicketHasAnSla()
    {
        await SetQueueTimesAsync(4, response: 60, update: 120, solution: 480);
        var sla = await InsertSlaAsync("Gold", response: 30, update: 0, solution: 240);
        var ticket = await InsertTicketAsync(Monday, slaId: sla);

        await RecalculateAsync(ticket);

        (await EscalationColumnsAsync(ticket)).ShouldBe([
            Epoch(Monday.AddMinutes(30)), Epoch(Monday.AddMinutes(30)), 0, Epoch(Monday.AddMinutes(240))]);
    }

    [Test]
    public async Task ShouldClearResponseAndUpdate_WhenAnAgentAnsweredTheCustomer()
    {
        await SetQueueTimesAsync(4, response: 60, update: 120, solution: 480);
        var ticket = await InsertTicketAsync(Monday);
        await InsertArticleAsync(ticket, Customer, Email, Monday);
        await RecalculateAsync(ticket);

        await InsertArticleAsync(ticket, Agent, Email, Monday.AddMinutes(10));
        await RecalculateAsync(ticket);

        (await EscalationColumnsAsync(ticket)).ShouldBe([Epoch(Monday.AddMinutes(480)), 0, 0, Epoch(Monday.AddMinutes(480))]);
    }

    [Test]
    public async Task ShouldClearAllColumns_WhenTheTicketIsClosed()
    {
        await SetQueueTimesAsync(4, response: 60, update: 120, solution: 480);
        var ticket = await InsertTicketAsync(Monday);
        await RecalculateAsync(ticket);

        await ExecuteAsync("UPDATE ticket SET ticket_state_id = 2 WHERE id = @id", ("id", ticket));
        await RecalculateAsync(ticket);

        (await EscalationColumnsAsync(ticket)).ShouldBe([0, 0, 0, 0]);
    }

    [Test]
    public async Task ShouldCountBerlinOfficeHours_WhenTheQueueNamesACalendar()
    {
        await InsertCalendarAsync("Berlin office", "Europe/Berlin", """{"fri":[["08:00","17:00"]],"mon":[["08:00","17:00"]]}""");
        await SetQueueTimesAsync(4, response: 120, update: 0, solution: 0, calendar: "Berlin office");
        var fridayFourPmBerlin = new DateTimeOffset(2031, 3, 7, 15, 0, 0, TimeSpan.Zero);
        var ticket = await InsertTicketAsync(fridayFourPmBerlin);

        await RecalculateAsync(ticket);

        // One hour on Friday, the second from Monday 08:00 CET (07:00 UTC).
        (await EscalationColumnsAsync(ticket))[1].ShouldBe(Epoch(new DateTimeOffset(2031, 3, 10, 8, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public async Task ShouldCountAroundTheClock_WhenTheNamedCalendarIsInvalid()
    {
        await InsertCalendarAsync("Retired", "Europe/Berlin", """{"mon":[["08:00","09:00"]]}""", validId: 2);
        await SetQueueTimesAsync(4, response: 120, update: 0, solution: 0, calendar: "Retired");
        var ticket = await InsertTicketAsync(Monday);

        await RecalculateAsync(ticket);

        (await EscalationColumnsAsync(ticket))[1].ShouldBe(Epoch(Monday.AddMinutes(120)));
    }
}
