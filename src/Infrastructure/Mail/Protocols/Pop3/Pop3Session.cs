using System.Text;

namespace GoTrs.Infrastructure.Mail.Protocols.Pop3;

/// <summary>
/// The POP3 wire format (RFC 1939): commands, status lines and dot-terminated multi-line answers. Any failure in
/// the middle of an exchange marks the session broken, because the next line read would belong to the old answer.
/// </summary>
internal sealed class Pop3Session(MailConnection connection, MailboxClientOptions options)
{
    private static readonly byte[] LineEnd = "\r\n"u8.ToArray();

    public bool Broken { get; private set; }

    public MailConnection Connection => connection;

    public Task<Pop3Reply> ReadReplyAsync(CancellationToken cancellationToken) => Guard(async () =>
        Pop3Reply.Parse((await connection.ReadLineAsync(options.MaxLineBytes, cancellationToken)).Span));

    public Task<Pop3Reply> CommandAsync(string command, CancellationToken cancellationToken) => Guard(async () =>
    {
        await connection.WriteAsync(Encoding.UTF8.GetBytes(command + "\r\n"), cancellationToken);
        return Pop3Reply.Parse((await connection.ReadLineAsync(options.MaxLineBytes, cancellationToken)).Span);
    });

    /// <summary>The lines of a multi-line listing (CAPA, UIDL, LIST), at most a message's worth of bytes in all.</summary>
    public Task<List<string>> ReadLinesAsync(CancellationToken cancellationToken) => Guard(async () =>
    {
        var lines = new List<string>();
        long total = 0;
        while (true)
        {
            var line = await connection.ReadLineAsync(options.MaxLineBytes, cancellationToken);
            if (line.Span.SequenceEqual("."u8)) return lines;
            total += line.Length + 2;
            if (total > options.MaxMessageBytes)
                throw new MailboxProtocolException($"The server's listing exceeds {options.MaxMessageBytes} bytes.");
            lines.Add(Encoding.UTF8.GetString(Unstuff(line.Span)));
        }
    });

    /// <summary>A RETR answer: dot-unstuffed, CRLF line ends, capped at the message limit whatever LIST said.</summary>
    public Task<byte[]> ReadMessageAsync(long listedSize, CancellationToken cancellationToken) => Guard(async () =>
    {
        var limit = options.MaxMessageBytes;
        using var message = new MemoryStream((int)Math.Clamp(listedSize + 1024, 0, limit));
        while (true)
        {
            // One byte more than the room left, for the stuffed dot that is not part of the message.
            var room = limit - (int)message.Length;
            var line = await connection.ReadLineAsync(
                room + 1, cancellationToken, () => new MailboxMessageTooLargeException(message.Length + room + 1, limit));
            if (line.Span.SequenceEqual("."u8)) return message.ToArray();

            var content = Unstuff(line.Span);
            if (message.Length + content.Length + LineEnd.Length > limit)
                throw new MailboxMessageTooLargeException(message.Length + content.Length + LineEnd.Length, limit);
            message.Write(content);
            message.Write(LineEnd);
        }
    });

    private static ReadOnlySpan<byte> Unstuff(ReadOnlySpan<byte> line) =>
        line.Length > 0 && line[0] == (byte)'.' ? line[1..] : line;

    private async Task<T> Guard<T>(Func<Task<T>> exchange)
    {
        try
        {
            return await exchange();
        }
        catch
        {
            Broken = true;
            throw;
        }
    }
}
