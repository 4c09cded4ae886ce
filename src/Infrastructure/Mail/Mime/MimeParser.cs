namespace GoTrs.Infrastructure.Mail.Mime;

/// <summary>
/// Parses an RFC 5322 / MIME message into an immutable <see cref="MimeMessage"/>. Mail arrives from every
/// client ever written, so malformed input gives a best-effort message with <see cref="MimeMessage.Problems"/>
/// instead of an exception: a mail we refused to read would be a customer we never answered.
/// </summary>
public static class MimeParser
{
    /// <summary>Multipart and message/rfc822 levels beyond this stay raw bytes, which bounds recursion.</summary>
    public const int MaxDepth = 50;

    /// <summary>Problems that start with this mark a parser defect rather than a defect of the message.</summary>
    public const string InternalErrorPrefix = "internal parser error";

    public static MimeMessage Parse(ReadOnlySpan<byte> source) => ParseNested(source.ToArray(), 0);

    public static MimeMessage Parse(Stream source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return ParseNested(ReadAll(source), 0);
    }

    internal static MimeMessage ParseNested(ReadOnlyMemory<byte> source, int depth)
    {
        var problems = new ProblemLog();
        MimeEntity root;
        try
        {
            root = EntityReader.Read(source, depth, problems, MimeContentType.TextPlain);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Last line of defence: the raw bytes are kept as one opaque part so nothing is lost.
            problems.Add(InternalError(exception));
            root = new MimeEntity { ContentType = MimeContentType.TextPlain.WithType("application", "octet-stream"), Content = source };
        }

        try
        {
            return MessageAssembler.Assemble(root, problems);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            problems.Add(InternalError(exception));
            return new MimeMessage { Body = root, Subject = root.Headers["Subject"] ?? string.Empty, Problems = problems.ToList() };
        }
    }

    private static string InternalError(Exception exception) => $"{InternalErrorPrefix}: {exception.GetType().Name}: {exception.Message}";

    private static ReadOnlyMemory<byte> ReadAll(Stream source)
    {
        if (source is MemoryStream memory && memory.TryGetBuffer(out var buffer))
        {
            var remaining = buffer.AsMemory((int)memory.Position);
            memory.Seek(0, SeekOrigin.End);
            return remaining.ToArray();
        }

        // A MemoryStream holds no unmanaged resources, and its buffer is handed on without another copy.
        var copy = source.CanSeek ? new MemoryStream(checked((int)Math.Max(0, source.Length - source.Position))) : new MemoryStream();
        source.CopyTo(copy);
        return copy.TryGetBuffer(out var written) ? written.AsMemory() : copy.ToArray();
    }
}
