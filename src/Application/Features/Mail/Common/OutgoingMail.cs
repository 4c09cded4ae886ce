using GoTrs.Application.Features.Tickets.Common;

namespace GoTrs.Application.Features.Mail.Common;

/// <summary>Everything an outgoing message is made of; <see cref="IMailComposer"/> turns it into bytes.</summary>
public sealed record OutgoingMail(
    string From,
    IReadOnlyList<string> To,
    IReadOnlyList<string> Cc,
    string Subject,
    string MessageId,
    string? InReplyTo,
    IReadOnlyList<string> References,
    string Body,
    bool IsHtml,
    DateTimeOffset Date,
    IReadOnlyList<NewAttachment> Attachments,
    IReadOnlyList<KeyValuePair<string, string>> ExtraHeaders);
