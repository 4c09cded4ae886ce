namespace GoTrs.Infrastructure.Mail.Mime;

/// <summary>
/// A part that is not the message's text or HTML body: files, inline images (by Content-ID), calendar
/// invites, signatures, delivery reports and forwarded messages.
/// </summary>
public sealed class MimeAttachment
{
    internal MimeAttachment(MimeEntity entity, bool isInline)
    {
        Entity = entity;
        IsInline = isInline;
    }

    /// <summary>The part in the MIME tree, for its headers and parameters.</summary>
    public MimeEntity Entity { get; }

    /// <summary>Shown inside the body (inline disposition, or a resource of a multipart/related).</summary>
    public bool IsInline { get; }

    public string? FileName => Entity.FileName;

    public MimeContentType ContentType => Entity.ContentType;

    public string? ContentId => Entity.ContentId;

    /// <summary>Transfer-decoded bytes; for a forwarded message, the message source.</summary>
    public ReadOnlyMemory<byte> Content => Entity.Content;

    public int Size => Entity.Content.Length;

    /// <summary>For message/rfc822 attachments: the forwarded or bounced message, parsed.</summary>
    public MimeMessage? Message => Entity.Message;
}
