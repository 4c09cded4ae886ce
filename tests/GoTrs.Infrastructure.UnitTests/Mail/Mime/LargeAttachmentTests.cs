using System.Text;
using GoTrs.Infrastructure.Mail.Mime;

namespace GoTrs.Infrastructure.UnitTests.Mail.Mime;

/// <summary>
/// A 20 MB attachment, generated here rather than stored, so the repository stays small. Only correctness
/// is asserted; speed is the benchmark's business.
/// </summary>
public sealed class LargeAttachmentTests
{
    private const int Size = 20 * 1024 * 1024;

    private static readonly Lazy<(byte[] Payload, byte[] Message)> Sample = new(Build);

    [Test]
    public void ShouldDecodeEveryByte_WhenAttachmentIsTwentyMegabytes()
    {
        var (payload, message) = Sample.Value;

        var parsed = MimeParser.Parse(message);

        parsed.TextBody.ShouldBe("Die Datenbanksicherung liegt im Anhang.");
        var attachment = parsed.Attachments.ShouldHaveSingleItem();
        attachment.FileName.ShouldBe("backup-2024-05-01.tar.gz");
        attachment.Size.ShouldBe(Size);
        attachment.Content.Span.SequenceEqual(payload).ShouldBeTrue();
        parsed.Problems.ShouldBeEmpty();
    }

    [Test]
    public void ShouldReadSameMessage_WhenParsedFromStream()
    {
        var (_, message) = Sample.Value;
        using var stream = new MemoryStream(message, writable: false);

        var parsed = MimeParser.Parse(stream);

        parsed.Attachments.ShouldHaveSingleItem().Size.ShouldBe(Size);
    }

    private static (byte[] Payload, byte[] Message) Build()
    {
        var payload = new byte[Size];
        new Random(42).NextBytes(payload);
        string encoded = Convert.ToBase64String(payload, Base64FormattingOptions.InsertLineBreaks);
        string message = $"""
            From: Backup <backup@example.com>
            To: support@helpdesk.example
            Subject: Sicherung
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="backup"

            --backup
            Content-Type: text/plain; charset=utf-8

            Die Datenbanksicherung liegt im Anhang.
            --backup
            Content-Type: application/gzip; name="backup-2024-05-01.tar.gz"
            Content-Disposition: attachment; filename="backup-2024-05-01.tar.gz"
            Content-Transfer-Encoding: base64


            """;
        return (payload, Encoding.ASCII.GetBytes(message.ReplaceLineEndings("\r\n") + encoded + "\r\n--backup--\r\n"));
    }
}
