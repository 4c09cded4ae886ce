using GoTrs.Application.Common.Interfaces;
using GoTrs.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GoTrs.WebApi.IntegrationTests.Tickets.Escalation;

public sealed class EscalationJobTests : EscalationTest
{
    private const string Tn = "2031030310000001";

    /// <summary>A ticket in Misc (response 60, update 120, solution 480 minutes) created on <see cref="EscalationTest.Monday"/>.</summary>
    private static async Task<long> EscalatingTicketAsync(int? responseNotify = null)
    {
        await SetQueueTimesAsync(4, response: 60, update: 120, solution: 480, responseNotify: responseNotify);
        var ticket = await InsertTicketAsync(Monday, tn: Tn);
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IEscalationService>().RecalculateAsync([ticket], CancellationToken.None);
        return ticket;
    }

    private static EscalationJob NewJob() => ActivatorUtilities.CreateInstance<EscalationJob>(Services);

    [Test]
    public async Task ShouldRecordEachPassedDeadlineOnce_WhenTheJobRunsTwice()
    {
        var ticket = await EscalatingTicketAsync();
        Clock.Now = Monday.AddMinutes(200);

        await NewJob().RunOnceAsync(CancellationToken.None);
        await NewJob().RunOnceAsync(CancellationToken.None);

        (await HistoryAsync(ticket)).ShouldBe([
            $"EscalationResponseTimeStart %%{Tn}%%{Iso(Monday.AddMinutes(60))}",
            $"EscalationUpdateTimeStart %%{Tn}%%{Iso(Monday.AddMinutes(120))}"], ignoreOrder: true);
    }

    [Test]
    public async Task ShouldRecordEachPassedDeadlineOnce_WhenSeveralInstancesRunAtTheSameTime()
    {
        var ticket = await EscalatingTicketAsync();
        Clock.Now = Monday.AddMinutes(500);

        var ran = await Task.WhenAll(
            Enumerable.Range(0, 4).Select(_ => NewJob()).Select(job => Task.Run(() => job.RunOnceAsync(CancellationToken.None))));

        ran.ShouldContain(true);
        (await HistoryAsync(ticket)).Count.ShouldBe(3);
        (await HistoryAsync(ticket)).Distinct().Count().ShouldBe(3);
    }

    [Test]
    public async Task ShouldSkipTheRun_WhenAnotherServerHoldsTheJobsLock()
    {
        var ticket = await EscalatingTicketAsync();
        Clock.Now = Monday.AddMinutes(200);
        var job = NewJob();
        // Unpooled, so that closing it ends the session and its lock with the test.
        await using var otherServer = new NpgsqlConnection(
            new NpgsqlConnectionStringBuilder(Api.ConnectionString) { Pooling = false }.ConnectionString);
        await otherServer.OpenAsync();
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({job.LockKey})", otherServer))
            await take.ExecuteNonQueryAsync();

        var ran = await job.RunOnceAsync(CancellationToken.None);

        ran.ShouldBeFalse();
        (await HistoryAsync(ticket)).ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldRecordNotifyBefore_WhenTheNotifyShareOfTheResponseTimeHasPassed()
    {
        var ticket = await EscalatingTicketAsync(responseNotify: 50);
        Clock.Now = Monday.AddMinutes(40);

        await NewJob().RunOnceAsync(CancellationToken.None);

        (await HistoryAsync(ticket)).ShouldBe([$"EscalationResponseTimeNotifyBefore %%{Tn}%%{Iso(Monday.AddMinutes(60))}"]);
    }

    [Test]
    public async Task ShouldSnapshotTheTicketAsTheSystemUser_WhenRecordingAnEscalation()
    {
        var ticket = await EscalatingTicketAsync();
        Clock.Now = Monday.AddMinutes(100);

        await NewJob().RunOnceAsync(CancellationToken.None);

        (await ListAsync("""
            SELECT concat_ws(' ', type_id, queue_id, owner_id, priority_id, state_id, create_by, change_by,
                             to_char(create_time, 'YYYY-MM-DD HH24:MI'))
            FROM ticket_history WHERE ticket_id = @id
            """, ("id", ticket))).ShouldBe(["1 4 1 3 4 1 1 2031-03-03 10:40"]);
    }

    [Test]
    public async Task ShouldRecordTheUpdateEscalationAgain_WhenTheCustomerWritesAfterAnAnswer()
    {
        var ticket = await EscalatingTicketAsync();
        Clock.Now = Monday.AddMinutes(130);
        await NewJob().RunOnceAsync(CancellationToken.None);
        await InsertArticleAsync(ticket, senderTypeId: 1, channelId: 1, Monday.AddMinutes(140));
        await InsertArticleAsync(ticket, senderTypeId: 3, channelId: 1, Monday.AddMinutes(150));
        await using (var scope = Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IEscalationService>().RecalculateAsync([ticket], CancellationToken.None);

        Clock.Now = Monday.AddMinutes(300);
        await NewJob().RunOnceAsync(CancellationToken.None);

        (await HistoryAsync(ticket)).Where(h => h.StartsWith("EscalationUpdateTimeStart", StringComparison.Ordinal)).ShouldBe([
            $"EscalationUpdateTimeStart %%{Tn}%%{Iso(Monday.AddMinutes(120))}",
            $"EscalationUpdateTimeStart %%{Tn}%%{Iso(Monday.AddMinutes(270))}"]);
    }
}
