using GoTrs.Domain.Notifications;

namespace GoTrs.Domain.UnitTests.Notifications;

public sealed class TicketEventsTests
{
    [TestCase("PhoneCallCustomer", true, new[] { "ArticleCreate", "NotificationNewTicket" })]
    [TestCase("EmailCustomer", true, new[] { "ArticleCreate", "NotificationNewTicket" })]
    [TestCase("PhoneCallAgent", true, new[] { "ArticleCreate" })]
    [TestCase("EmailCustomer", false, new[] { "ArticleCreate" })]
    [TestCase("AddNote", true, new[] { "ArticleCreate", "NotificationAddNote" })]
    [TestCase("FollowUp", false, new[] { "ArticleCreate", "NotificationFollowUp" })]
    [TestCase("OwnerUpdate", false, new[] { "TicketOwnerUpdate", "NotificationOwnerUpdate" })]
    [TestCase("Move", false, new[] { "TicketQueueUpdate", "NotificationMove" })]
    [TestCase("EscalationSolutionTimeStart", false, new[] { "EscalationSolutionTimeStart", "NotificationEscalation" })]
    [TestCase("EscalationResponseTimeNotifyBefore", false, new[] { "EscalationResponseTimeNotifyBefore", "NotificationEscalationNotifyBefore" })]
    [TestCase("SendAgentNotification", false, new string[0])]
    public void ShouldRaiseOtrsEvents_WhenHistoryRowIsWritten(string historyType, bool firstArticle, string[] events) =>
        TicketEvents.Of(historyType, "%%x", firstArticle).ShouldBe(events);

    [Test]
    public void ShouldRaisePendingReminderOnlyForReminderRows_WhenHistoryTypeIsMisc()
    {
        TicketEvents.Of("Misc", "%%PendingReminderReached%%2031-03-03T10:00:00Z", false).ShouldBe(["NotificationPendingReminder"]);
        TicketEvents.Of("Misc", "%%Something else", false).ShouldBeEmpty();
    }
}
