namespace GoTrs.Infrastructure.UnitTests.Mail.Mime;

/// <summary>Content-Type and Content-Disposition parameters: RFC 2231, RFC 2047 fallbacks and sloppy syntax.</summary>
public sealed class ParameterTests
{
    private static string FileNameOf(string disposition, string contentType = "application/octet-stream") =>
        TestMail.Parse($"""
            Content-Type: multipart/mixed; boundary=b

            --b
            Content-Type: {contentType}
            Content-Disposition: {disposition}
            Content-Transfer-Encoding: base64

            AAEC
            --b--
            """).Attachments.Single().FileName!;

    [TestCase("attachment; filename*=UTF-8''Gr%C3%BC%C3%9Fe%20%E2%82%AC.txt", "Grüße €.txt")]
    [TestCase("attachment; filename*=iso-8859-1'de'%C4rger.txt", "Ärger.txt")]
    [TestCase("attachment; filename*=\"utf-8''quoted%20value.pdf\"", "quoted value.pdf")]
    [TestCase("attachment; filename*=%E2%82%AC.txt", "€.txt")]
    public void ShouldDecodePercentEncoding_WhenValueIsExtended(string disposition, string expected) =>
        FileNameOf(disposition).ShouldBe(expected);

    [Test]
    public void ShouldJoinSections_WhenFilenameIsContinued() =>
        FileNameOf("attachment; filename*1*=%A4t%20; filename*0*=utf-8''Sp%C3; filename*2=\"Bericht.pdf\"")
            .ShouldBe("Spät Bericht.pdf");

    [Test]
    public void ShouldPreferExtendedValue_WhenPlainValueIsAlsoGiven() =>
        FileNameOf("attachment; filename=\"Bericht_.pdf\"; filename*=utf-8''Bericht%20%C3%BC.pdf").ShouldBe("Bericht ü.pdf");

    [TestCase("attachment; filename=\"=?UTF-8?B?w5xiZXJzaWNodC5wZGY=?=\"", "Übersicht.pdf")]
    [TestCase("attachment; filename=\"=?iso-8859-1?Q?=DCbersicht=2Epdf?=\"", "Übersicht.pdf")]
    public void ShouldDecodeEncodedWords_WhenQuotedFilenameUsesRfc2047(string disposition, string expected) =>
        FileNameOf(disposition).ShouldBe(expected);

    [Test]
    public void ShouldUseNameParameter_WhenDispositionHasNoFilename() =>
        FileNameOf("attachment", "application/pdf; name=\"Rechnung.pdf\"").ShouldBe("Rechnung.pdf");

    [TestCase("attachment; filename=\"C:\\Users\\anna\\Desktop\\plan.docx\"", "plan.docx")]
    [TestCase("attachment; filename=\"../../etc/passwd\"", "passwd")]
    public void ShouldDropDirectories_WhenFilenameContainsPath(string disposition, string expected) =>
        FileNameOf(disposition).ShouldBe(expected);

    [TestCase("attachment; filename=Quarterly report 2024.pdf", "Quarterly report 2024.pdf")]
    [TestCase("attachment; filename=\"unterminated.pdf", "unterminated.pdf")]
    [TestCase("attachment;filename=\"a\\\"b.txt\"", "a\"b.txt")]
    public void ShouldReadValue_WhenSyntaxIsSloppy(string disposition, string expected) =>
        FileNameOf(disposition).ShouldBe(expected);

    [Test]
    public void ShouldSplitParameters_WhenSemicolonIsMissing()
    {
        var parameters = TestMail.Parse("Content-Type: text/plain; charset=utf-8 format=flowed\n\nx\n").ContentType.Parameters;

        parameters["charset"].ShouldBe("utf-8");
        parameters["format"].ShouldBe("flowed");
    }

    [Test]
    public void ShouldJoinBoundary_WhenBoundaryIsContinued()
    {
        var message = TestMail.Parse("""
            Content-Type: multipart/mixed; boundary*0="first-"; boundary*1="second"

            --first-second
            Content-Type: text/plain

            joined
            --first-second--
            """);

        message.TextBody.ShouldBe("joined");
        message.Problems.ShouldBeEmpty();
    }
}
