namespace GoTrs.Infrastructure.Mail.Protocols.Pop3;

/// <summary>A POP3 status line: <c>+OK text</c> or <c>-ERR text</c>.</summary>
internal readonly record struct Pop3Reply(bool Ok, string Text)
{
    public static Pop3Reply Parse(ReadOnlySpan<byte> line)
    {
        if (line.StartsWith("+OK"u8)) return new Pop3Reply(true, Rest(line[3..]));
        if (line.StartsWith("-ERR"u8)) return new Pop3Reply(false, Rest(line[4..]));
        throw new MailboxProtocolException(
            $"Expected +OK or -ERR from the POP3 server, got '{ServerText.Printable(line)}'.");
    }

    private static string Rest(ReadOnlySpan<byte> line) => ServerText.Printable(line).Trim();
}
