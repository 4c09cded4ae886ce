using System.Text;
using GoTrs.Infrastructure.Mail.Mime;

namespace GoTrs.Infrastructure.UnitTests.Mail.Mime;

/// <summary>The header block: folding, order, duplicates, junk lines, raw 8-bit text and the envelope fields.</summary>
public sealed class HeaderTests
{
    [Test]
    public void ShouldKeepOrderAndDuplicates_WhenFieldsRepeat()
    {
        var headers = TestMail.WithHeaders("Received: from a\nReceived: from b\nX-Tag: one").Headers;

        headers.GetAll("received").Select(header => header.Value).ShouldBe(["from a", "from b"]);
        headers[0].Name.ShouldBe("Received");
        headers["X-TAG"].ShouldBe("one");
    }

    [Test]
    public void ShouldUnfold_WhenFieldContinuesOnIndentedLines() =>
        TestMail.WithHeaders("Subject: a long\n subject that\n\tcontinues").Subject.ShouldBe("a long subject that continues");

    [Test]
    public void ShouldSkipLineAndRecordProblem_WhenLineHasNoFieldName()
    {
        var message = TestMail.WithHeaders("Subject: kept\nthis is not a field\nX-After: also kept");

        message.Subject.ShouldBe("kept");
        message.Headers["X-After"].ShouldBe("also kept");
        message.Problems.ShouldHaveSingleItem().ShouldBe("header line without a field name skipped");
    }

    [Test]
    public void ShouldReadField_WhenBlanksPrecedeColon() =>
        TestMail.WithHeaders("Subject : spaced").Subject.ShouldBe("spaced");

    [Test]
    public void ShouldReadUtf8_WhenHeaderHasRawEightBitText() =>
        TestMail.WithHeaders("Subject: Grüße 👋").Subject.ShouldBe("Grüße 👋");

    [Test]
    public void ShouldReadWindows1252_WhenRawHeaderIsNotUtf8() =>
        MimeParser.Parse(Encoding.Latin1.GetBytes("Subject: Gr\u00fc\u00dfe\r\n\r\nbody")).Subject.ShouldBe("Grüße");

    [Test]
    public void ShouldSkipMboxSeparator_WhenMessageStartsWithFromLine()
    {
        var message = TestMail.Parse("From sender@example.com Mon Mar  4 10:00:00 2024\nSubject: from mbox\n\nbody\n");

        message.Subject.ShouldBe("from mbox");
        message.Problems.ShouldBeEmpty();
    }

    [Test]
    public void ShouldReadBodyOnly_WhenMessageHasNoHeaders()
    {
        var message = TestMail.Parse("just a line of text\nand another\n");

        message.Headers.Count.ShouldBe(0);
        message.TextBody.ShouldBe("just a line of text\nand another\n");
    }

    [TestCase("<a@example.com>", "<a@example.com>")]
    [TestCase("  <a@example.com> (comment)", "<a@example.com>")]
    [TestCase("a@example.com", "<a@example.com>")]
    [TestCase("<a@exa\n mple.com>", "<a@example.com>")]
    public void ShouldReadMessageId_WhenWrittenWithOrWithoutBrackets(string value, string expected) =>
        TestMail.WithHeaders($"Message-ID: {value}").MessageId.ShouldBe(expected);

    [Test]
    public void ShouldReadEveryReference_WhenSeparatorsVary()
    {
        var message = TestMail.WithHeaders("References: <a@x> <b@x>,<c@x>\n\t<d@x>\nIn-Reply-To: <d@x> (Anna's message of Monday)");

        message.References.ShouldBe(["<a@x>", "<b@x>", "<c@x>", "<d@x>"]);
        message.InReplyTo.ShouldBe("<d@x>");
    }

    [Test]
    public void ShouldReadLoopProtectionFields_WhenPresent()
    {
        var message = TestMail.WithHeaders("Auto-Submitted: auto-replied\nPrecedence: bulk\nX-Loop: helpdesk@example.com\nList-Id: Users list <users.lists.example.com>");

        message.AutoSubmitted.ShouldBe("auto-replied");
        message.Precedence.ShouldBe("bulk");
        message.XLoop.ShouldBe("helpdesk@example.com");
        message.ListId.ShouldBe("users.lists.example.com");
    }

    [Test]
    public void ShouldDefaultToTextPlain_WhenContentTypeIsInvalid()
    {
        var message = TestMail.Parse("Content-Type: text; charset=utf-8\n\nhello\n");

        message.ContentType.MimeType.ShouldBe("text/plain");
        message.ContentType.Charset.ShouldBe("utf-8");
        message.Problems.ShouldHaveSingleItem().ShouldStartWith("invalid Content-Type");
    }
}
