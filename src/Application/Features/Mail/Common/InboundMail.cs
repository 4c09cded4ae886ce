using GoTrs.Application.Features.Tickets.Common;

namespace GoTrs.Application.Features.Mail.Common;

/// <summary>A received message as the postmaster sees it: decoded headers, addresses, threading ids, text and files.</summary>
public sealed class InboundMail
{
    /// <summary>Decoded header fields in message order; names as written.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    /// <summary>The From address without display name, or null when the message has none.</summary>
    public string? FromAddress { get; init; }

    /// <summary>From as it should be shown: <c>"Name" &lt;address&gt;</c>.</summary>
    public string? From { get; init; }
    public string? ReplyTo { get; init; }
    public IReadOnlyList<string> ToAddresses { get; init; } = [];
    public string? To { get; init; }
    public IReadOnlyList<string> CcAddresses { get; init; } = [];
    public string? Cc { get; init; }
    public string Subject { get; init; } = "";
    public string? MessageId { get; init; }
    public string? InReplyTo { get; init; }
    public IReadOnlyList<string> References { get; init; } = [];
    public string? AutoSubmitted { get; init; }
    public string? Precedence { get; init; }
    public string TextBody { get; init; } = "";
    public string? HtmlBody { get; init; }
    public IReadOnlyList<NewAttachment> Attachments { get; init; } = [];

    /// <summary>For a delivery status notification: the Message-ID and subject of the message that bounced.</summary>
    public string? BouncedMessageId { get; init; }
    public string? BouncedSubject { get; init; }
    public bool IsBounce { get; init; }

    /// <summary>Why the message cannot be read at all, or null when it can.</summary>
    public string? Unreadable { get; init; }

    public string? Header(string name) =>
        Headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).FirstOrDefault();

    /// <summary>The body a filter's "Body" match looks at.</summary>
    public string Body => TextBody.Length > 0 ? TextBody : HtmlBody ?? "";
}
