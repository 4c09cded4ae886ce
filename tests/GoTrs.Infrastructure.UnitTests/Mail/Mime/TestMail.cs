using System.Text;
using GoTrs.Infrastructure.Mail.Mime;

namespace GoTrs.Infrastructure.UnitTests.Mail.Mime;

/// <summary>Builds messages for the focused tests: written with \n, sent over the wire with CRLF as UTF-8.</summary>
internal static class TestMail
{
    public static MimeMessage Parse(string message) =>
        MimeParser.Parse(Encoding.UTF8.GetBytes(message.ReplaceLineEndings("\r\n")));

    public static MimeMessage Parse(byte[] message) => MimeParser.Parse(message);

    /// <summary>A single text/plain message with the given extra header lines.</summary>
    public static MimeMessage WithHeaders(string headers) =>
        Parse($"{headers}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\nBody\n");

    /// <summary>Header text followed by a raw body in some legacy encoding.</summary>
    public static byte[] Join(string headers, byte[] body) =>
        [.. Encoding.ASCII.GetBytes(headers.ReplaceLineEndings("\r\n") + "\r\n"), .. body];

    public static Encoding Legacy(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(name);
    }

    public static void ShouldHaveNoInternalErrors(this MimeMessage message) =>
        message.Problems.ShouldNotContain(problem => problem.StartsWith(MimeParser.InternalErrorPrefix, StringComparison.Ordinal));
}
