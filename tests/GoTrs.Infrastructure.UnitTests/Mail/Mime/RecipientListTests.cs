using GoTrs.Application.Features.Mail.Common;
using GoTrs.Infrastructure.Mail.Mime;

namespace GoTrs.Infrastructure.UnitTests.Mail.Mime;

/// <summary>To, Cc and Bcc as agents type them, read by the parser that reads received mail.</summary>
public sealed class RecipientListTests
{
    private static AddressList Parse(string list) => new MimeAddressListParser().Parse(list);

    [Test]
    public void ShouldKeepCommaInsideQuotedName_WhenListHasTwoMailboxes() =>
        Parse("\"Doe, John\" <john@example.com>, b@example.com").Mailboxes
            .ShouldBe([new Contact("Doe, John", "john@example.com"), new Contact(null, "b@example.com")]);

    [Test]
    public void ShouldDecodeEncodedWords_WhenNameIsNotAscii() =>
        Parse("=?UTF-8?Q?J=C3=BCrgen_M=C3=BCller?= <jm@example.com>; =?ISO-8859-1?B?QWxpY2UgU+Z0aGVy?= <a@example.com>").Mailboxes
            .ShouldBe([new Contact("Jürgen Müller", "jm@example.com"), new Contact("Alice Sæther", "a@example.com")]);

    [Test]
    public void ShouldFlattenGroups_WhenMailboxesAreListedInGroup() =>
        Parse("Team: a@example.com, \"B, Bee\" <b@example.com>;, c@example.com, Nobody:;").Mailboxes.Select(m => m.Address)
            .ShouldBe(["a@example.com", "b@example.com", "c@example.com"]);

    [TestCase("<john@example.com>")]
    [TestCase("  <john@example.com> ")]
    [TestCase("john@example.com")]
    public void ShouldReadAddressWithoutName_WhenOnlyAngleAddrOrAddrSpecIsGiven(string list) =>
        Parse(list).Mailboxes.ShouldHaveSingleItem().ShouldBe(new Contact(null, "john@example.com"));

    [Test]
    public void ShouldReadNothing_WhenListIsEmpty()
    {
        Parse("").ShouldBe(AddressList.Empty);
        Parse(" , ;").Mailboxes.ShouldBeEmpty();
    }

    [TestCase("John Doe, b@example.com", "John Doe")]
    [TestCase("Nobody <>", "Nobody")]
    public void ShouldReportText_WhenItNamesNoMailbox(string list, string text)
    {
        var parsed = Parse(list);

        parsed.Problems.ShouldHaveSingleItem().ShouldContain(text);
    }

    [Test]
    public void ShouldLeaveCheckingToTheCaller_WhenWordHasNoDomain() =>
        Parse("alice").Mailboxes.ShouldHaveSingleItem().Address.ShouldBe("alice");
}
