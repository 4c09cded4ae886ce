using GoTrs.Application.Common.Interfaces;
using GoTrs.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace GoTrs.WebApi.IntegrationTests.Tickets.Escalation;

public sealed class PendingJobTests : EscalationTest
{
    private const int PendingReminder = 6, PendingAutoClosePlus = 7, PendingAutoCloseMinus = 8;
    private const int ClosedSuccessful = 2, ClosedUnsuccessful = 3, Locked = 2;

    private static Task RunJobAsync() =>
        ActivatorUtilities.CreateInstance<PendingJob>(Services).RunOnceAsync(CancellationToken.None);

    [Test]
    public async Task ShouldRecordTheReminderOnce_WhenThePendingTimeHasCome()
    {
        var ticket = await InsertTicketAsync(Monday, stateId: PendingReminder, untilEpoch: Epoch(Monday.AddHours(1)));
        Clock.Now = Monday.AddHours(2);

        await RunJobAsync();
        await RunJobAsync();

        (await HistoryAsync(ticket)).ShouldBe([$"Misc %%PendingReminderReached%%{Iso(Monday.AddHours(1))}"]);
        (await ScalarAsync<int>("SELECT ticket_state_id FROM ticket WHERE id = @id", ("id", ticket))).ShouldBe(PendingReminder);
    }

    [Test]
    public async Task ShouldLeaveTheTicketAlone_WhenThePendingTimeIsStillAhead()
    {
        var reminder = await InsertTicketAsync(Monday, stateId: PendingReminder, untilEpoch: Epoch(Monday.AddHours(3)));
        var autoClose = await InsertTicketAsync(Monday, stateId: PendingAutoClosePlus, untilEpoch: Epoch(Monday.AddHours(3)));
        Clock.Now = Monday.AddHours(2);

        await RunJobAsync();

        (await HistoryAsync(reminder)).ShouldBeEmpty();
        (await HistoryAsync(autoClose)).ShouldBeEmpty();
        (await ScalarAsync<int>("SELECT ticket_state_id FROM ticket WHERE id = @id", ("id", autoClose))).ShouldBe(PendingAutoClosePlus);
    }

    [Test]
    public async Task ShouldCloseSuccessfullyUnlockAndStopEscalations_WhenPendingAutoClosePlusIsDue()
    {
        await SetQueueTimesAsync(4, response: 60, update: 120, solution: 480);
        var ticket = await InsertTicketAsync(Monday, stateId: PendingAutoClosePlus, untilEpoch: Epoch(Monday.AddHours(1)),
            lockId: Locked);
        await using (var scope = Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IEscalationService>().RecalculateAsync([ticket], CancellationToken.None);
        Clock.Now = Monday.AddHours(2);

        await RunJobAsync();

        (await ListAsync("""
            SELECT concat_ws(' ', ticket_state_id, until_time, ticket_lock_id, change_by, to_char(change_time, 'HH24:MI'))
            FROM ticket WHERE id = @id
            """, ("id", ticket))).ShouldBe([$"{ClosedSuccessful} 0 1 1 11:00"]);
        (await HistoryAsync(ticket)).ShouldBe(["StateUpdate %%pending auto close+%%closed successful%%"]);
        (await EscalationColumnsAsync(ticket)).ShouldBe([0, 0, 0, 0]);
    }

    [Test]
    public async Task ShouldCloseUnsuccessfully_WhenPendingAutoCloseMinusIsDue()
    {
        var ticket = await InsertTicketAsync(Monday, stateId: PendingAutoCloseMinus, untilEpoch: Epoch(Monday.AddHours(1)));
        Clock.Now = Monday.AddHours(2);

        await RunJobAsync();
        await RunJobAsync();

        (await ScalarAsync<int>("SELECT ticket_state_id FROM ticket WHERE id = @id", ("id", ticket))).ShouldBe(ClosedUnsuccessful);
        (await HistoryAsync(ticket)).ShouldBe(["StateUpdate %%pending auto close-%%closed unsuccessful%%"]);
    }
}
