using System.Text;

namespace GoTrs.Infrastructure.UnitTests.Mail.Mime;

/// <summary>Quoted-printable and base64 bodies, including the malformed shapes gateways produce.</summary>
public sealed class TransferEncodingTests
{
    private static byte[] AttachmentBytes(string encoding, string body) =>
        TestMail.Parse($"""
            Content-Type: multipart/mixed; boundary=b

            --b
            Content-Type: application/octet-stream; name=data.bin
            Content-Transfer-Encoding: {encoding}

            {body}
            --b--
            """).Attachments.Single().Content.ToArray();

    private static string QuotedPrintableText(string body) =>
        TestMail.Parse($"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n{body}").TextBody;

    [TestCase("long line=\nwrapped", "long linewrapped")]
    [TestCase("soft break with blanks=  \nafter", "soft break with blanksafter")]
    [TestCase("caf=c3=a9 and caf=C3=A9", "café and café")]
    [TestCase("100% =ZZ =4 =\n", "100% =ZZ =4 ")]
    [TestCase("trailing blanks   \nnext", "trailing blanks\nnext")]
    [TestCase("a=3D=3Db", "a==b")]
    public void ShouldDecodeQuotedPrintable_WhenTextUsesItsRulesOrBreaksThem(string body, string expected) =>
        QuotedPrintableText(body).ShouldBe(expected);

    [Test]
    public void ShouldKeepBytesExact_WhenBinaryIsQuotedPrintable() =>
        AttachmentBytes("quoted-printable", "=00=FF=0D=0A=7f").ShouldBe(new byte[] { 0x00, 0xFF, 0x0D, 0x0A, 0x7F });

    [TestCase("SGVsbG8sIFdvcmxkIQ==")]
    [TestCase("SGVsbG8sIFdvcmxkIQ")]
    [TestCase("SGVs bG8s\n\tIFdv cmxk\nIQ==")]
    [TestCase("SGVs*bG8s!IFdv~cmxk#IQ==")]
    public void ShouldDecodeBase64_WhenWhitespaceGarbageOrPaddingVary(string body) =>
        Encoding.ASCII.GetString(AttachmentBytes("base64", body)).ShouldBe("Hello, World!");

    [Test]
    public void ShouldDecodeEveryChunk_WhenPaddedBase64IsConcatenated() =>
        Encoding.ASCII.GetString(AttachmentBytes("base64", "SGk=\nIHRoZXJl")).ShouldBe("Hi there");

    [TestCase("1")]
    [TestCase("1 byte")]
    public void ShouldDecodeRemainder_WhenLastQuantumIsPartial(string text)
    {
        string encoded = Convert.ToBase64String(Encoding.ASCII.GetBytes(text)).TrimEnd('=');

        Encoding.ASCII.GetString(AttachmentBytes("base64", encoded)).ShouldBe(text);
    }

    [Test]
    public void ShouldKeepContent_WhenTransferEncodingIsUnknown()
    {
        var message = TestMail.Parse("Content-Type: text/plain\nContent-Transfer-Encoding: x-gzip64\n\nplain words\n");

        message.TextBody.ShouldBe("plain words\n");
        message.Problems.ShouldContain(problem => problem.Contains("unknown transfer encoding x-gzip64", StringComparison.Ordinal));
    }
}
