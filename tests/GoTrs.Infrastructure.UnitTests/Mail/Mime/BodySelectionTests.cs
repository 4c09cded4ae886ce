using System.Text;

namespace GoTrs.Infrastructure.UnitTests.Mail.Mime;

/// <summary>Which parts become the article's text and HTML, and which become attachments.</summary>
public sealed class BodySelectionTests
{
    [Test]
    public void ShouldTakeTextFromHtml_WhenMessageIsHtmlOnly()
    {
        var message = TestMail.Parse("Content-Type: text/html; charset=utf-8\n\n<html><body><p>Hello <b>there</b></p><p>Second&nbsp;line</p><script>x()</script></body></html>\n");

        message.TextBody.ShouldBe("Hello there\n\nSecond line");
        message.HtmlBody.ShouldNotBeNull().ShouldStartWith("<html>");
    }

    [Test]
    public void ShouldKeepInlineImage_WhenRelatedPartHasContentId()
    {
        var message = TestMail.Parse("""
            Content-Type: multipart/related; boundary=r

            --r
            Content-Type: text/html

            <img src="cid:logo@x">
            --r
            Content-Type: image/gif
            Content-ID: <logo@x>
            Content-Transfer-Encoding: base64

            R0lGODlhAQABAAAAACw=
            --r--
            """);

        var image = message.Attachments.ShouldHaveSingleItem();
        image.ContentId.ShouldBe("logo@x");
        image.IsInline.ShouldBeTrue();
        image.Content.ToArray().Take(6).ShouldBe("GIF89a"u8.ToArray());
    }

    [Test]
    public void ShouldJoinInlineTexts_WhenMixedMessageHasSeveral()
    {
        var message = TestMail.Parse("""
            Content-Type: multipart/mixed; boundary=m

            --m
            Content-Type: text/plain

            first
            --m
            Content-Type: text/plain; name=log.txt

            attached file
            --m
            Content-Type: text/plain
            Content-Disposition: inline

            footer
            --m--
            """);

        message.TextBody.ShouldBe("first\nfooter");
        message.Attachments.ShouldHaveSingleItem().FileName.ShouldBe("log.txt");
    }

    [Test]
    public void ShouldTreatAsAttachment_WhenHtmlPartIsDispositionAttachment()
    {
        var message = TestMail.Parse("""
            Content-Type: multipart/mixed; boundary=m

            --m
            Content-Type: text/plain

            see page
            --m
            Content-Type: text/html
            Content-Disposition: attachment

            <p>saved page</p>
            --m--
            """);

        message.HtmlBody.ShouldBeNull();
        message.Attachments.ShouldHaveSingleItem().ContentType.MimeType.ShouldBe("text/html");
    }

    [Test]
    public void ShouldKeepInviteAndDropOtherRenderings_WhenAlternativeHasMore()
    {
        var message = TestMail.Parse("""
            Content-Type: multipart/alternative; boundary=a

            --a
            Content-Type: text/plain

            plain
            --a
            Content-Type: text/watch-html

            <b>watch</b>
            --a
            Content-Type: text/calendar; method=REQUEST

            BEGIN:VCALENDAR
            END:VCALENDAR
            --a--
            """);

        message.TextBody.ShouldBe("plain");
        message.Attachments.ShouldHaveSingleItem().ContentType.MimeType.ShouldBe("text/calendar");
    }

    [Test]
    public void ShouldFallBackToHtml_WhenPlainAlternativeIsEmpty()
    {
        var message = TestMail.Parse("Content-Type: multipart/alternative; boundary=a\n\n--a\nContent-Type: text/plain\n\n\n--a\nContent-Type: text/html\n\n<p>only here</p>\n--a--\n");

        message.TextBody.ShouldBe("only here");
    }

    [TestCase("format=flowed", "one paragraph over two lines\n> quoted flows too\n-- \nsig")]
    [TestCase("format=flowed; delsp=yes", "one paragraphover two lines\n> quoted flowstoo\n-- \nsig")]
    [TestCase("format=fixed", "one paragraph \nover two lines\n> quoted flows \n> too\n-- \nsig")]
    public void ShouldUnwrapLines_WhenPlainTextIsFlowed(string format, string expected) =>
        TestMail.Parse(Encoding.UTF8.GetBytes($"Content-Type: text/plain; {format}\r\n\r\none paragraph \r\nover two lines\r\n> quoted flows \r\n> too\r\n-- \r\nsig"))
            .TextBody.ShouldBe(expected);

    [Test]
    public void ShouldKeepSignatureAsAttachment_WhenMessageIsSigned()
    {
        var message = TestMail.Parse("""
            Content-Type: multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256; boundary=s

            --s
            Content-Type: text/plain

            signed text
            --s
            Content-Type: application/pkcs7-signature; name=smime.p7s
            Content-Transfer-Encoding: base64

            MIAGCSqGSIb3DQEHAqCAMIACAQEx
            --s--
            """);

        message.TextBody.ShouldBe("signed text");
        message.Attachments.ShouldHaveSingleItem().FileName.ShouldBe("smime.p7s");
    }
}
