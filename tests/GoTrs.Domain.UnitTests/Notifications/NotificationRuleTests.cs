using GoTrs.Domain.Articles;
using GoTrs.Domain.Notifications;

namespace GoTrs.Domain.UnitTests.Notifications;

public sealed class NotificationRuleTests
{
    private static NotificationRule Rule(params (string Key, string Value)[] items) =>
        new(7, "Test notification", items.Select(i => new NotificationItem { NotificationId = 7, Key = i.Key, Value = i.Value }));

    private static readonly Dictionary<string, string?> Ticket = new()
    {
        ["QueueID"] = "4", ["Queue"] = "Misc", ["StateID"] = "1", ["PriorityID"] = "3", ["TypeID"] = "1", ["LockID"] = "1",
        ["ServiceID"] = null,
    };

    private static ArticleFacts Article(int senderType = ArticleSenderType.Customer, bool visible = true, long channel = Channels.Email) =>
        new(1, senderType, visible, channel, "Alice <alice@example.com>", "support@example.com", null, "Printer on fire", "It smokes.");

    [Test]
    public void ShouldMatch_WhenEveryTicketFilterHasTheTicketsValue() =>
        Rule(("QueueID", "2"), ("QueueID", "4"), ("StateID", "1"), ("Recipients", "AgentOwner")).MatchesTicket(Ticket).ShouldBeTrue();

    [Test]
    public void ShouldNotMatch_WhenOneTicketFilterMisses() =>
        Rule(("QueueID", "4"), ("PriorityID", "5")).MatchesTicket(Ticket).ShouldBeFalse();

    [Test]
    public void ShouldNotMatch_WhenTheFilteredAttributeIsEmpty() => Rule(("ServiceID", "3")).MatchesTicket(Ticket).ShouldBeFalse();

    [Test]
    public void ShouldIgnoreUnknownKeysAndEmptyValues_WhenMatchingTickets() =>
        Rule(("Search_DynamicField_Color", "red"), ("SomePackageSetting", "x"), ("QueueID", "")).MatchesTicket(Ticket).ShouldBeTrue();

    [Test]
    public void ShouldFilterOnSenderTypeVisibilityAndChannel_WhenTheEventHasAnArticle()
    {
        var rule = Rule(("ArticleSenderTypeID", "3"), ("ArticleIsVisibleForCustomer", "1"), ("ArticleCommunicationChannelID", "1"));

        rule.MatchesArticle(Article()).ShouldBeTrue();
        rule.MatchesArticle(Article(senderType: ArticleSenderType.Agent)).ShouldBeFalse();
        rule.MatchesArticle(Article(visible: false)).ShouldBeFalse();
        rule.MatchesArticle(Article(channel: Channels.Phone)).ShouldBeFalse();
        rule.MatchesArticle(null).ShouldBeTrue();
    }

    [Test]
    public void ShouldMatchArticleTextCaseInsensitively_WhenSearchFieldsAreSet()
    {
        Rule(("MIMEBase_Subject", "PRINTER"), ("MIMEBase_From", "alice@")).MatchesArticle(Article()).ShouldBeTrue();
        Rule(("MIMEBase_Body", "scanner")).MatchesArticle(Article()).ShouldBeFalse();
    }

    [TestCase(null, true)]
    [TestCase("""{"Notification-7-Email":0}""", false)]
    [TestCase("""{"Notification-7-Email":"0"}""", false)]
    [TestCase("""{"Notification-7-Email":1}""", true)]
    [TestCase("""{"Notification-8-Email":0}""", true)]
    [TestCase("not json", true)]
    public void ShouldFollowTheAgentsPreference_WhenTheNotificationIsVisibleAndOnByDefault(string? preference, bool wanted) =>
        Rule(("VisibleForAgent", "1"), ("AgentEnabledByDefault", "Email")).AgentWants(preference).ShouldBe(wanted);

    [Test]
    public void ShouldSendOnlyToAgentsWhoOptedIn_WhenTheNotificationIsVisibleButOffByDefault()
    {
        var rule = Rule(("VisibleForAgent", "1"));

        rule.AgentWants().ShouldBeFalse();
        rule.AgentWants("""{"Notification-7-Email":1}""").ShouldBeTrue();
    }

    [Test]
    public void ShouldLetTheFirstPreferenceThatNamesTheNotificationDecide_WhenSeveralAreGiven()
    {
        var rule = Rule(("VisibleForAgent", "1"), ("AgentEnabledByDefault", "Email"));

        rule.AgentWants("""{"Notification-9-Email":1}""", """{"Notification-7-Email":0}""").ShouldBeFalse();
        rule.AgentWants("""{"Notification-7-Email":1}""", """{"Notification-7-Email":0}""").ShouldBeTrue();
    }

    [Test]
    public void ShouldIgnoreThePreference_WhenTheNotificationIsNotVisibleForAgents() =>
        Rule(("VisibleForAgent", "0")).AgentWants("""{"Notification-7-Email":0}""").ShouldBeTrue();

    [Test]
    public void ShouldReadRecipientsTransportsAndFlags_WhenItemsSayThem()
    {
        var rule = Rule(("Events", "NotificationMove"), ("Recipients", "AgentMyQueues"), ("Recipients", "Customer"),
            ("Transports", "Email"), ("OncePerDay", "1"), ("RecipientGroups", "2"), ("RecipientGroups", "x"));

        rule.ListensTo(["TicketQueueUpdate", "NotificationMove"]).ShouldBeTrue();
        rule.ListensTo(["NotificationAddNote"]).ShouldBeFalse();
        (rule.SendsEmail, rule.NotifiesCustomer, rule.OncePerDay, rule.SendOnOutOfOffice).ShouldBe((true, true, true, false));
        rule.Ids("RecipientGroups").ShouldBe([2]);
    }
}
