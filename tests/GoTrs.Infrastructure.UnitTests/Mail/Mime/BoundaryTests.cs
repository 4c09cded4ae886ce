namespace GoTrs.Infrastructure.UnitTests.Mail.Mime;

/// <summary>Splitting multiparts: preamble and epilogue, nesting, and boundaries that are missing or wrong.</summary>
public sealed class BoundaryTests
{
    [Test]
    public void ShouldIgnorePreambleAndEpilogue_WhenMultipartHasThem()
    {
        var message = TestMail.Parse("""
            Content-Type: multipart/mixed; boundary="outer"

            This is a multi-part message in MIME format.
            --outer
            Content-Type: text/plain

            body text
            --outer--
            epilogue that nobody reads
            """);

        message.TextBody.ShouldBe("body text");
        message.Problems.ShouldBeEmpty();
    }

    [Test]
    public void ShouldReadEveryLevel_WhenMultipartsAreNested()
    {
        var message = TestMail.Parse("""
            Content-Type: multipart/mixed; boundary="abc"

            --abc
            Content-Type: multipart/alternative; boundary="abc-1"

            --abc-1
            Content-Type: text/plain

            plain
            --abc-1
            Content-Type: text/html

            <p>html</p>
            --abc-1--
            --abc
            Content-Type: application/pdf; name=a.pdf
            Content-Transfer-Encoding: base64

            JVBERg==
            --abc--
            """);

        message.Body.Children.Count.ShouldBe(2);
        message.Body.Children[0].Children.Count.ShouldBe(2);
        message.TextBody.ShouldBe("plain");
        message.HtmlBody.ShouldBe("<p>html</p>");
        message.Attachments.ShouldHaveSingleItem().FileName.ShouldBe("a.pdf");
        message.Problems.ShouldBeEmpty();
    }

    [Test]
    public void ShouldKeepPartsAndRecordProblem_WhenClosingBoundaryIsMissing()
    {
        var message = TestMail.Parse("""
            Content-Type: multipart/mixed; boundary=b

            --b
            Content-Type: text/plain

            first
            --b
            Content-Type: text/plain; name=notes.txt

            cut off here
            """);

        message.TextBody.ShouldBe("first");
        message.Attachments.ShouldHaveSingleItem().FileName.ShouldBe("notes.txt");
        message.Problems.ShouldHaveSingleItem().ShouldBe("missing closing boundary of multipart/mixed");
    }

    [Test]
    public void ShouldUseBoundaryFromBody_WhenDeclaredBoundaryIsWrong()
    {
        var message = TestMail.Parse("""
            Content-Type: multipart/alternative; boundary="declared"

            --actual
            Content-Type: text/plain

            plain
            --actual
            Content-Type: text/html

            <b>html</b>
            --actual--
            """);

        message.TextBody.ShouldBe("plain");
        message.HtmlBody.ShouldBe("<b>html</b>");
        message.Problems.ShouldHaveSingleItem().ShouldContain("used \"actual\" found in the body");
    }

    [Test]
    public void ShouldReadBodyAsText_WhenBoundaryNeverOccurs()
    {
        var message = TestMail.Parse("Content-Type: multipart/mixed; boundary=nothere\n\nJust text.\n-- \nsignature\n");

        message.TextBody.ShouldBe("Just text.\n-- \nsignature\n");
        message.Body.ContentType.MimeType.ShouldBe("text/plain");
        message.Problems.ShouldHaveSingleItem().ShouldContain("not found, read as one text part");
    }

    [Test]
    public void ShouldNotSplit_WhenBoundaryTextIsNotAtLineStart()
    {
        var message = TestMail.Parse("""
            Content-Type: multipart/mixed; boundary=b

            --b
            Content-Type: text/plain

            the text mentions --b in the middle and --bx at the start of a word
            --bx
            --b--
            """);

        message.TextBody.ShouldBe("the text mentions --b in the middle and --bx at the start of a word\n--bx");
    }

    [Test]
    public void ShouldAcceptDelimiter_WhenTransportPaddingFollowsIt()
    {
        var message = TestMail.Parse("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b \t\r\n\r\npadded\r\n--b-- \r\n"u8.ToArray());

        message.TextBody.ShouldBe("padded");
        message.Problems.ShouldBeEmpty();
    }

    [Test]
    public void ShouldSplit_WhenLinesEndWithBareLineFeeds()
    {
        var message = TestMail.Parse("Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\none\n--b\n\ntwo\n--b--\n"u8.ToArray());

        message.TextBody.ShouldBe("one\ntwo");
        message.Problems.ShouldBeEmpty();
    }

    [Test]
    public void ShouldDecodeFirst_WhenMultipartIsWronglyBase64Encoded()
    {
        string inner = Convert.ToBase64String("--b\r\nContent-Type: text/plain\r\n\r\ninside\r\n--b--\r\n"u8.ToArray());
        var message = TestMail.Parse($"Content-Type: multipart/mixed; boundary=b\nContent-Transfer-Encoding: base64\n\n{inner}\n");

        message.TextBody.ShouldBe("inside");
        message.Problems.ShouldHaveSingleItem().ShouldContain("decoded before splitting");
    }
}
