namespace GoTrs.Infrastructure.Mail.Mime;

/// <summary>
/// A parsed message: its header fields, the MIME tree, the envelope values the postmaster needs, and the
/// text, HTML and attachments a ticket article is made of. Built by <see cref="MimeParser"/>; immutable.
/// </summary>
public sealed class MimeMessage
{
    /// <summary>The top-level entity; its headers are the message headers.</summary>
    public MimeEntity Body { get; internal init; } = new();

    public MimeHeaderList Headers => Body.Headers;

    public MimeContentType ContentType => Body.ContentType;

    public IReadOnlyList<MailboxAddress> From { get; internal init; } = [];

    public IReadOnlyList<MailboxAddress> Sender { get; internal init; } = [];

    public IReadOnlyList<MailboxAddress> ReplyTo { get; internal init; } = [];

    public IReadOnlyList<MailboxAddress> To { get; internal init; } = [];

    public IReadOnlyList<MailboxAddress> Cc { get; internal init; } = [];

    public IReadOnlyList<MailboxAddress> Bcc { get; internal init; } = [];

    /// <summary>The decoded subject; empty when the message has none.</summary>
    public string Subject { get; internal init; } = string.Empty;

    /// <summary>The Date header, or null when it is missing or unreadable.</summary>
    public DateTimeOffset? Date { get; internal init; }

    /// <summary>The Message-ID in angle brackets (<c>&lt;id@host&gt;</c>), as OTRS stores and compares it.</summary>
    public string? MessageId { get; internal init; }

    /// <summary>The first msg-id of In-Reply-To, in angle brackets.</summary>
    public string? InReplyTo { get; internal init; }

    /// <summary>The msg-ids of References in order, each in angle brackets.</summary>
    public IReadOnlyList<string> References { get; internal init; } = [];

    /// <summary>RFC 3834 Auto-Submitted value (<c>auto-replied</c>, <c>auto-generated</c>, <c>no</c>), trimmed.</summary>
    public string? AutoSubmitted { get; internal init; }

    public string? Precedence { get; internal init; }

    public string? XLoop { get; internal init; }

    /// <summary>The list identifier of List-Id (the part in angle brackets), or the whole value when it has none.</summary>
    public string? ListId { get; internal init; }

    /// <summary>The best plain text: the text/plain body parts, else the text of the HTML body; empty when neither exists.</summary>
    public string TextBody { get; internal init; } = string.Empty;

    /// <summary>The HTML body as sent (not sanitized), or null.</summary>
    public string? HtmlBody { get; internal init; }

    public IReadOnlyList<MimeAttachment> Attachments { get; internal init; } = [];

    /// <summary>What was malformed and how it was read anyway; empty for a clean message.</summary>
    public IReadOnlyList<string> Problems { get; internal init; } = [];
}
