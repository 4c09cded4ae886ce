using GoTrs.Infrastructure.Mail.Mime;

namespace GoTrs.Infrastructure.UnitTests.Mail.Mime;

/// <summary>From, To and Cc as the postmaster reads them to find the customer and the recipients.</summary>
public sealed class AddressListTests
{
    private static IReadOnlyList<MailboxAddress> To(string value) => TestMail.WithHeaders($"To: {value}").To;

    [TestCase("anna@example.com", null, "anna@example.com")]
    [TestCase("Anna Schmidt <anna@example.com>", "Anna Schmidt", "anna@example.com")]
    [TestCase("\"Schmidt, Anna\" <anna@example.com>", "Schmidt, Anna", "anna@example.com")]
    [TestCase("\"Anna \\\"Nan\\\" Schmidt\" <anna@example.com>", "Anna \"Nan\" Schmidt", "anna@example.com")]
    [TestCase("=?utf-8?Q?J=C3=BCrgen_M=C3=BCller?= <jm@example.com>", "Jürgen Müller", "jm@example.com")]
    [TestCase("\"=?utf-8?B?SsO8cmdlbg==?=\" <jm@example.com>", "Jürgen", "jm@example.com")]
    [TestCase("anna@example.com (Anna Schmidt)", "Anna Schmidt", "anna@example.com")]
    [TestCase("anna@example.com (Anna) (Sales (EMEA))", "Anna", "anna@example.com")]
    [TestCase("<@relay.example:anna@example.com>", null, "anna@example.com")]
    [TestCase("anna @ example.com", null, "anna@example.com")]
    [TestCase("Anna Schmidt anna@example.com", "Anna Schmidt", "anna@example.com")]
    [TestCase("Schmidt, Anna <anna@example.com>", "Schmidt, Anna", "anna@example.com")]
    [TestCase("MAILER-DAEMON", null, "MAILER-DAEMON")]
    [TestCase("< anna@example.com >", null, "anna@example.com")]
    [TestCase("<mailto:anna@example.com>", null, "anna@example.com")]
    public void ShouldReadOneMailbox_WhenWrittenInAnyCommonForm(string value, string? name, string address) =>
        To(value).ShouldHaveSingleItem().ShouldBe(new MailboxAddress(name, address));

    [Test]
    public void ShouldReadEveryMailbox_WhenListMixesSeparators() =>
        To("a@example.com, \"B\" <b@example.com>; C <c@example.com>,, d@example.com,")
            .Select(mailbox => mailbox.Address)
            .ShouldBe(["a@example.com", "b@example.com", "c@example.com", "d@example.com"]);

    [Test]
    public void ShouldNameGroup_WhenMailboxesAreListedInGroup()
    {
        var mailboxes = To("Team: a@example.com, \"Bee\" <b@example.com>;, c@example.com");

        mailboxes.Select(mailbox => (mailbox.Address, mailbox.Group))
            .ShouldBe([("a@example.com", "Team"), ("b@example.com", "Team"), ("c@example.com", (string?)null)]);
    }

    [TestCase("undisclosed-recipients:;")]
    [TestCase("Undisclosed recipients: ;")]
    [TestCase("")]
    public void ShouldReadNoMailbox_WhenGroupIsEmpty(string value) =>
        To(value).ShouldBeEmpty();

    [Test]
    public void ShouldCombineFields_WhenAddressHeaderIsRepeated()
    {
        var message = TestMail.WithHeaders("To: a@example.com\nTo: b@example.com");

        message.To.Select(mailbox => mailbox.Address).ShouldBe(["a@example.com", "b@example.com"]);
    }

    [Test]
    public void ShouldUnfold_WhenAddressListSpansLines() =>
        To("Anna\n Schmidt <anna@example.com>,\n\tBernd <bernd@example.com>")
            .ShouldBe([new MailboxAddress("Anna Schmidt", "anna@example.com"), new MailboxAddress("Bernd", "bernd@example.com")]);

    [Test]
    public void ShouldReadReplyToAndSender_WhenPresent()
    {
        var message = TestMail.WithHeaders("From: form@example.com\nReply-To: Customer <c@example.com>\nSender: list@example.com");

        message.ReplyTo.ShouldHaveSingleItem().Address.ShouldBe("c@example.com");
        message.Sender.ShouldHaveSingleItem().Address.ShouldBe("list@example.com");
    }
}
