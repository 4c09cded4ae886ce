using GoTrs.Application.Features.Mail.Outbound;

namespace GoTrs.Application.UnitTests.Mail;

public sealed class OtrsTagsTests
{
    private static readonly OtrsTags Tags = new(
        new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["CUSTOMER_REALNAME"] = "Jane Doe", ["TICKET_TicketNumber"] = "2026112110000011", ["CURRENT_UserFirstname"] = "Ann",
        },
        "line one\nline two\nline three");

    [Test]
    public void ShouldSubstitute_WhenTagsAreKnown() =>
        Tags.Apply("Dear <OTRS_CUSTOMER_REALNAME>, ticket <OTRS_TICKET_TicketNumber>. <OTRS_CURRENT_UserFirstname>")
            .ShouldBe("Dear Jane Doe, ticket 2026112110000011. Ann");

    [Test]
    public void ShouldWriteDash_WhenTagHasNoValue() => Tags.Apply("Ref: <OTRS_TICKET_Unknown>").ShouldBe("Ref: -");

    [Test]
    public void ShouldQuoteFirstLinesOfCustomerMail_WhenCustomerEmailTagHasCount() =>
        Tags.Apply("<OTRS_CUSTOMER_EMAIL[2]>").ShouldBe("> line one\n> line two");

    [Test]
    public void ShouldLeaveText_WhenItHasNoTags() => Tags.Apply("a <b> c").ShouldBe("a <b> c");

    [Test]
    public void ShouldQuoteTheAgentsTextAndCutSubjects_WhenNotificationTagsAreUsed()
    {
        var tags = Tags.With([new("CUSTOMER_SUBJECT", "The printer on the third floor"), new("CONFIG_Ticket::Hook", "Ticket#")],
            agentMessage: "first\nsecond");

        tags.Apply("<OTRS_AGENT_BODY[1]>|<OTRS_CUSTOMER_SUBJECT[11]>|<OTRS_CONFIG_Ticket::Hook>|<OTRS_CUSTOMER_SUBJECT[99]>")
            .ShouldBe("> first|The printer [...]|Ticket#|The printer on the third floor");
    }

    [Test]
    public void ShouldEncodeValuesAndReadEscapedTags_WhenTheTextIsHtml() =>
        Tags.With([new("TICKET_Title", "<b>Fire</b>")])
            .ApplyHtml("<p>&lt;OTRS_TICKET_Title&gt; <OTRS_CUSTOMER_EMAIL[2]></p>")
            .ShouldBe("<p>&lt;b&gt;Fire&lt;/b&gt; &gt; line one<br/>&gt; line two</p>");

    [Test]
    public void ShouldWriteDash_WhenNoAgentTextIsKnown() => Tags.Apply("<OTRS_AGENT_BODY[3]>").ShouldBe("-");
}
