using GoTrs.Application.Features.Mail.Common;
using GoTrs.Application.Features.Mail.DeliverMail;

namespace GoTrs.WebApi.IntegrationTests.Mail;

/// <summary>
/// Follow-ups to one ticket that are placed at the same time (two mail accounts, a retry from quarantine, an agent's
/// change) meet a ticket whose version changed after they read it: each is placed again, never quarantined.
/// </summary>
public sealed class ConcurrentFollowUpTests : MailTest
{
    [Test]
    public async Task ShouldAddEveryFollowUp_WhenThreeArriveAtOnceForOneTicket()
    {
        var first = await DeliverAsync(Message("Printer on fire", from: "alice@example.com"), SupportQueue);
        var ticketId = first.TicketId!.Value;
        var hook = $"[Ticket#{await TicketNumberAsync(ticketId)}]";

        // Three at a time: each can lose to the other two at most, so its third attempt always commits.
        var results = new List<DeliveryResult>();
        for (var round = 0; round < 5; round++)
            results.AddRange(await Task.WhenAll(Enumerable.Range(0, 3).Select(i =>
                Task.Run(() => DeliverAsync(Message($"RE: {hook} round {round} reply {i}", from: $"c{i}@example.com"), SupportQueue)))));

        results.ShouldAllBe(r => r.Outcome == DeliveryOutcome.FollowUp && r.TicketId == ticketId);
        (await CountAsync("SELECT count(*) FROM article WHERE ticket_id = @t", ("t", ticketId))).ShouldBe(16);
        (await CountAsync("SELECT count(*) FROM gotrs_mail_quarantine")).ShouldBe(0);
    }
}
