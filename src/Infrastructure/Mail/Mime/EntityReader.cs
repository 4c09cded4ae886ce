namespace GoTrs.Infrastructure.Mail.Mime;

/// <summary>
/// Reads one entity and, below it, its parts or nested message. Recursion stops at
/// <see cref="MimeParser.MaxDepth"/>: deeper containers stay raw bytes, so hostile nesting cannot
/// exhaust the stack.
/// </summary>
internal static class EntityReader
{
    public static MimeEntity Read(ReadOnlyMemory<byte> source, int depth, ProblemLog problems, MimeContentType defaultType)
    {
        var (headerFields, bodyStart) = HeaderReader.Read(source.Span, problems);
        var headers = new MimeHeaderList(headerFields);
        var contentType = EntityHeaders.ContentType(headers, defaultType, problems);
        var disposition = EntityHeaders.Disposition(headers, problems);
        var shape = new EntityShape(
            headers,
            disposition,
            EntityHeaders.ContentId(headers),
            TransferDecoder.Normalize(headers.Get("Content-Transfer-Encoding")?.RawValue),
            EntityHeaders.FileName(contentType, disposition));
        var body = source[bodyStart..];

        if (contentType.IsMultipart || contentType.Is("message/rfc822") || contentType.Is("message/global"))
        {
            if (depth >= MimeParser.MaxDepth)
            {
                problems.Add($"{contentType.MimeType} nested deeper than {MimeParser.MaxDepth} levels, kept as raw content");
                return shape.Build(contentType, body);
            }

            return contentType.IsMultipart
                ? ReadMultipart(shape, contentType, body, depth, problems)
                : ReadMessage(shape, contentType, body, depth, problems);
        }

        return ReadLeaf(shape, contentType, body, problems);
    }

    private static MimeEntity ReadMultipart(EntityShape shape, MimeContentType contentType, ReadOnlyMemory<byte> body, int depth, ProblemLog problems)
    {
        if (shape.TransferEncoding is not ("7bit" or "8bit" or "binary"))
        {
            problems.Add($"{contentType.MimeType} declared with transfer encoding {shape.TransferEncoding}, decoded before splitting");
            body = TransferDecoder.Decode(body, shape.TransferEncoding, problems);
        }

        string boundary = contentType.Boundary ?? string.Empty;
        var layout = boundary.Length > 0 ? MultipartSplitter.Split(body.Span, boundary) : null;
        if (layout is null || !layout.FoundBoundary)
        {
            string? guessed = BoundaryGuesser.Guess(body.Span);
            if (guessed is null)
            {
                problems.Add($"boundary \"{boundary}\" of {contentType.MimeType} not found, read as one text part");
                return ReadLeaf(shape, contentType.WithType("text", "plain"), body, problems);
            }

            problems.Add($"boundary \"{boundary}\" of {contentType.MimeType} not found, used \"{guessed}\" found in the body");
            layout = MultipartSplitter.Split(body.Span, guessed);
        }

        if (!layout.Closed)
        {
            problems.Add($"missing closing boundary of {contentType.MimeType}");
        }

        if (layout.Parts.Count == 0)
        {
            problems.Add($"{contentType.MimeType} has no parts");
        }

        var childDefault = contentType.MediaSubtype == "digest" ? MimeContentType.MessageRfc822 : MimeContentType.TextPlain;
        var children = new MimeEntity[layout.Parts.Count];
        for (int i = 0; i < children.Length; i++)
        {
            children[i] = Read(body[layout.Parts[i]], depth + 1, problems, childDefault);
        }

        return shape.Build(contentType, ReadOnlyMemory<byte>.Empty, children: children);
    }

    private static MimeEntity ReadMessage(EntityShape shape, MimeContentType contentType, ReadOnlyMemory<byte> body, int depth, ProblemLog problems)
    {
        var content = TransferDecoder.Decode(body, shape.TransferEncoding, problems);
        return shape.Build(contentType, content, message: MimeParser.ParseNested(content, depth + 1));
    }

    private static MimeEntity ReadLeaf(EntityShape shape, MimeContentType contentType, ReadOnlyMemory<byte> body, ProblemLog problems)
    {
        var content = TransferDecoder.Decode(body, shape.TransferEncoding, problems);
        string? text = IsTextual(contentType)
            ? TextDecoder.Decode(content.Span, contentType.Charset, problems, $"{contentType.MimeType} part")
            : null;
        return shape.Build(contentType, content, text);
    }

    // Delivery reports are header-like text that agents read, so they get decoded like text parts.
    private static bool IsTextual(MimeContentType type) =>
        type.IsText || type.Is("message/delivery-status") || type.Is("message/disposition-notification")
        || type.Is("message/feedback-report") || type.Is("message/global-delivery-status");

    private sealed record EntityShape(
        MimeHeaderList Headers,
        MimeContentDisposition? Disposition,
        string? ContentId,
        string TransferEncoding,
        string? FileName)
    {
        public MimeEntity Build(
            MimeContentType contentType,
            ReadOnlyMemory<byte> content,
            string? text = null,
            MimeEntity[]? children = null,
            MimeMessage? message = null) => new()
        {
            Headers = Headers,
            ContentType = contentType,
            Disposition = Disposition,
            ContentId = ContentId,
            TransferEncoding = TransferEncoding,
            FileName = FileName,
            Content = content,
            Text = text,
            Children = children ?? [],
            Message = message,
        };
    }
}
