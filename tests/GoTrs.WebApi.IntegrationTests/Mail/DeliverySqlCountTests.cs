using GoTrs.WebApi.IntegrationTests.Support;

namespace GoTrs.WebApi.IntegrationTests.Mail;

/// <summary>Ingest speed rests on round trips: a new ticket from mail must stay a small, fixed number of statements.</summary>
public sealed class DeliverySqlCountTests : MailTest
{
    [Test]
    public async Task ShouldUseAtMost14Statements_WhenMailBecomesTicket()
    {
        await DeliverAsync(Message("warm-up"), SupportQueue);
        using var counter = new SqlCounter();

        await DeliverAsync(Message("Printer on fire"), SupportQueue, accountId: 1, serverId: "1");

        counter.Count.ShouldBeLessThanOrEqualTo(14);
    }
}
