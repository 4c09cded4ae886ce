using GoTrs.Application.Common.Interfaces;
using GoTrs.Infrastructure.Jobs;
using GoTrs.Infrastructure.Mail.Mime;
using GoTrs.Infrastructure.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace GoTrs.WebApi.IntegrationTests.Tickets.Escalation;

public sealed class EscalationNotificationTests : EscalationTest
{
    private static async Task RunJobsAsync()
    {
        await ActivatorUtilities.CreateInstance<EscalationJob>(Services).RunOnceAsync(CancellationToken.None);
        await Services.GetRequiredService<NotificationJob>().RunOnceAsync(CancellationToken.None);
    }

    [Test]
    public async Task ShouldMailAgentsWithRwOnceADay_WhenTheTicketEscalates()
    {
        var agent = await CreateAgentAsync("on.call", (1, "rw"));
        await ExecuteAsync("INSERT INTO user_preferences (user_id, preferences_key, preferences_value) VALUES (@id, 'UserEmail', 'on.call@agents.example')",
            ("id", agent));
        await SetQueueTimesAsync(4, response: 60, update: 120, solution: 480);
        var ticket = await InsertTicketAsync(Monday, tn: "2031030310000002");
        await using (var scope = Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IEscalationService>().RecalculateAsync([ticket], CancellationToken.None);

        Clock.Now = Monday.AddMinutes(90);
        await RunJobsAsync();
        Clock.Now = Monday.AddMinutes(150);
        await RunJobsAsync();

        (await ListAsync("SELECT recipient FROM mail_queue")).ShouldBe(["on.call@agents.example"]);
        var mail = MimeParser.Parse(Convert.FromBase64String(await ScalarAsync<string>("SELECT raw_message FROM mail_queue")));
        mail.Subject.ShouldBe("[Ticket#2031030310000002] Escalated: Printer on fire");
        mail.TextBody.ShouldContain("is escalated since 2031-03-03 10:00 (UTC).");
    }
}
