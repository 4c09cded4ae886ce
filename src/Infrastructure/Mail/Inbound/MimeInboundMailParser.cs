using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Features.Mail.Common;
using GoTrs.Application.Features.Tickets.Common;
using GoTrs.Infrastructure.Mail.Mime;

namespace GoTrs.Infrastructure.Mail.Inbound;

/// <summary>Our MIME parser, as the postmaster sees it: decoded headers, addresses, bodies, attachments, bounce facts.</summary>
public sealed class MimeInboundMailParser : IInboundMailParser
{
    private static readonly string[] DaemonNames = ["mailer-daemon", "postmaster", "mail-daemon", "mailerdaemon"];

    public InboundMail Parse(byte[] raw)
    {
        var message = MimeParser.Parse(raw);
        var from = message.From.FirstOrDefault(a => a.Address.Length > 0);
        var bounced = BouncedMessage(message);
        return new InboundMail
        {
            Headers = message.Headers.Select(h => new KeyValuePair<string, string>(h.Name, h.Value)).ToList(),
            FromAddress = from?.Address, From = from?.ToString(),
            ReplyTo = message.ReplyTo.Count == 0 ? null : string.Join(", ", message.ReplyTo),
            ToAddresses = message.To.Select(a => a.Address).ToList(), To = Join(message.To),
            CcAddresses = message.Cc.Select(a => a.Address).ToList(), Cc = Join(message.Cc),
            Subject = message.Subject, MessageId = message.MessageId, InReplyTo = message.InReplyTo, References = message.References,
            AutoSubmitted = message.AutoSubmitted, Precedence = message.Precedence,
            TextBody = message.TextBody, HtmlBody = message.HtmlBody,
            Attachments = message.Attachments.Select(ToAttachment).ToList(),
            IsBounce = IsBounce(message, from), BouncedMessageId = bounced?.MessageId, BouncedSubject = bounced?.Subject,
            Unreadable = Unreadable(message),
        };
    }

    private static string? Unreadable(MimeMessage message)
    {
        if (message.Headers.Count > 0) return null;
        var internalError = message.Problems.FirstOrDefault(p => p.StartsWith(MimeParser.InternalErrorPrefix, StringComparison.Ordinal));
        return internalError ?? "The message has no header fields.";
    }

    private static bool IsBounce(MimeMessage message, MailboxAddress? from)
    {
        var local = from?.Address.Split('@')[0].ToLowerInvariant();
        if (local is not null && DaemonNames.Contains(local)) return true;
        return message.ContentType.Is("multipart/report")
            && message.ContentType.Parameters.GetValueOrDefault("report-type")?.Equals("delivery-status", StringComparison.OrdinalIgnoreCase) == true;
    }

    /// <summary>The returned original (message/rfc822) or its headers (text/rfc822-headers) in a bounce.</summary>
    private static MimeMessage? BouncedMessage(MimeMessage message)
    {
        foreach (var attachment in message.Attachments)
        {
            if (attachment.Message is { } original) return original;
            if (attachment.ContentType.Is("text/rfc822-headers")) return MimeParser.Parse(attachment.Content.Span);
        }
        return null;
    }

    private static NewAttachment ToAttachment(MimeAttachment attachment, int index)
    {
        var name = attachment.FileName ?? attachment.ContentType.Name ?? DefaultName(attachment, index);
        return new NewAttachment(name, ContentTypeOf(attachment.ContentType), attachment.Content.ToArray(), attachment.ContentId, attachment.IsInline);
    }

    private static string ContentTypeOf(MimeContentType type) =>
        type.Charset is { } charset ? $"{type.MimeType}; charset={charset}" : type.MimeType;

    private static string DefaultName(MimeAttachment attachment, int index) => attachment.ContentType.MimeType switch
    {
        "message/rfc822" => $"message-{index + 1}.eml",
        "text/calendar" => $"invite-{index + 1}.ics",
        "message/delivery-status" => $"delivery-status-{index + 1}.txt",
        "text/rfc822-headers" => $"headers-{index + 1}.txt",
        _ => $"attachment-{index + 1}",
    };

    private static string? Join(IReadOnlyList<MailboxAddress> addresses) => addresses.Count == 0 ? null : string.Join(", ", addresses);
}
