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
}
