namespace GoTrs.Infrastructure.Mail.Mime;

/// <summary>
/// One node of the MIME tree: a multipart container (with <see cref="Children"/>), a nested message (with
/// <see cref="Message"/>) or a leaf whose <see cref="Content"/> holds the transfer-decoded bytes.
/// </summary>
public sealed class MimeEntity
{
    public MimeHeaderList Headers { get; internal init; } = MimeHeaderList.Empty;

    /// <summary>
    /// The effective type: the declared one, or text/plain when none (or an unusable one) was declared, or when
    /// a multipart's boundary never occurs and its body is therefore read as one text part.
    /// </summary>
    public MimeContentType ContentType { get; internal init; } = MimeContentType.TextPlain;

    public MimeContentDisposition? Disposition { get; internal init; }

    /// <summary>The Content-ID without angle brackets, as <c>cid:</c> URLs in HTML refer to it.</summary>
    public string? ContentId { get; internal init; }

    /// <summary>The lower-case Content-Transfer-Encoding, <c>7bit</c> when none was declared.</summary>
    public string TransferEncoding { get; internal init; } = "7bit";

    /// <summary>The file name from the disposition's <c>filename</c>, else the type's <c>name</c>, without any directory part.</summary>
    public string? FileName { get; internal init; }

    /// <summary>Transfer-decoded bytes of a leaf or nested message; empty for a multipart with parts.</summary>
    public ReadOnlyMemory<byte> Content { get; internal init; }

    /// <summary>For text parts: the content decoded from its charset, line endings normalised to <c>\n</c>.</summary>
    public string? Text { get; internal init; }

    public IReadOnlyList<MimeEntity> Children { get; internal init; } = [];

    /// <summary>For message/rfc822 (and message/global) parts: the nested message, parsed.</summary>
    public MimeMessage? Message { get; internal init; }
}
