using System.Text;

namespace GoTrs.Infrastructure.UnitTests.Mail.Protocols;

/// <summary>Messages as a mail client would send them, with CRLF line ends, so a fetch can be compared byte for byte.</summary>
internal static class TestMessages
{
    public static byte[] Simple(string subject, string body = "Hello from a customer.") =>
        Message(subject, "text/plain; charset=us-ascii", "7bit", Encoding.ASCII.GetBytes(body + "\r\n"));

    /// <summary>Lines a POP3 server must dot-stuff: a lone ".", "..", leading dots, and a last line of ".".</summary>
    public static byte[] WithDotLines() => Message("Dots", "text/plain; charset=us-ascii", "7bit",
        Encoding.ASCII.GetBytes(".\r\n..\r\n.leading dot\r\n..two dots\r\n. space\r\nmiddle\r\n.\r\n"));

    /// <summary>UTF-8 text, a raw UTF-8 subject, and bytes that are not UTF-8 at all (ISO-8859-1).</summary>
    public static byte[] EightBit()
    {
        var body = new List<byte>();
        body.AddRange(Encoding.UTF8.GetBytes("Grüße aus Köln, Ærøskøbing, 東京, 🙂\r\n"));
        body.AddRange([0x4C, 0x61, 0x74, 0x69, 0x6E, 0x31, 0x3A, 0x20, 0xE4, 0xF6, 0xFC, 0xDF, 0x0D, 0x0A]);
        body.AddRange([0x80, 0xFF, 0xFE, 0x01, 0x7F, 0x0D, 0x0A]);
        return Message("Grüße 🙂", "text/plain; charset=utf-8", "8bit", [.. body]);
    }

    /// <summary>A base64 attachment of deterministic noise, the shape of a large real attachment.</summary>
    public static byte[] Large(int approximateBytes)
    {
        var noise = new byte[approximateBytes / 4 * 3];
        new Random(42).NextBytes(noise);
        var base64 = Convert.ToBase64String(noise, Base64FormattingOptions.InsertLineBreaks);
        return Message("Large attachment", "application/octet-stream; name=big.bin", "base64", Encoding.ASCII.GetBytes(base64 + "\r\n"));
    }

    private static byte[] Message(string subject, string contentType, string encoding, byte[] body)
    {
        var headers =
            "From: Customer <customer@example.test>\r\n" +
            "To: support@example.test\r\n" +
            $"Subject: {subject}\r\n" +
            $"Message-ID: <{Guid.NewGuid():N}@example.test>\r\n" +
            "Date: Mon, 02 Mar 2026 10:00:00 +0100\r\n" +
            "MIME-Version: 1.0\r\n" +
            $"Content-Type: {contentType}\r\n" +
            $"Content-Transfer-Encoding: {encoding}\r\n\r\n";
        return [.. Encoding.UTF8.GetBytes(headers), .. body];
    }
}
