namespace GoTrs.Infrastructure.Mail.Protocols.Imap;

/// <summary>
/// Frames server responses: a line, and while a line ends in a literal announcement (<c>{n}</c>, <c>{n+}</c>,
/// <c>~{n}</c>), exactly n bytes and the line that continues it. Announced sizes are checked against the message
/// limit before anything is allocated, because the size is the server's word.
/// </summary>
internal sealed class ImapResponseReader(MailConnection connection, MailboxClientOptions options)
{
    public async Task<ImapResponse> ReadAsync(CancellationToken cancellationToken)
    {
        var lines = new List<byte[]>(1);
        var literals = new List<byte[]>();
        long total = 0;
        while (true)
        {
            var line = (await connection.ReadLineAsync(options.MaxLineBytes, cancellationToken)).ToArray();
            lines.Add(line);
            total += line.Length;
            var size = LiteralSize(line);
            if (size < 0) return new ImapResponse(lines, literals);

            total += size;
            if (size > options.MaxMessageBytes || total > (long)options.MaxMessageBytes + options.MaxLineBytes)
                throw new MailboxMessageTooLargeException(Math.Max(size, total), options.MaxMessageBytes);
            var literal = new byte[size];
            await connection.ReadExactlyAsync(literal, cancellationToken);
            literals.Add(literal);
        }
    }

    /// <summary>The size announced at the end of the line, or -1 when the line ends the response.</summary>
    public static long LiteralSize(ReadOnlySpan<byte> line)
    {
        if (line.Length < 3 || line[^1] != (byte)'}') return -1;
        var open = line.LastIndexOf((byte)'{');
        if (open < 0) return -1;
        var digits = line[(open + 1)..^1];
        if (digits.Length > 0 && digits[^1] == (byte)'+') digits = digits[..^1];
        if (digits.Length is 0 or > 10) return -1;
        long size = 0;
        foreach (var digit in digits)
        {
            if (digit is < (byte)'0' or > (byte)'9') return -1;
            size = size * 10 + (digit - '0');
        }

        return size;
    }
}
