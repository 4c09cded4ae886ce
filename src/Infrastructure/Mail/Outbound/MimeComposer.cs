using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Features.Mail.Common;
using GoTrs.Application.Features.Tickets.Common;

namespace GoTrs.Infrastructure.Mail.Outbound;

/// <summary>
/// Writes an outgoing message as RFC 5322 / MIME bytes (CRLF, UTF-8 bodies in base64, RFC 2047 encoded words for
/// non-ASCII header text). These bytes are stored as the article's source and sent unchanged by the send job.
/// </summary>
public sealed class MimeComposer : IMailComposer
{
    public byte[] Compose(OutgoingMail mail)
    {
        var text = new StringBuilder();
        Header(text, "From", string.Join(", ", HeaderText.Mailboxes(mail.From)));
        Header(text, "To", string.Join(", ", mail.To.SelectMany(HeaderText.Mailboxes)));
        if (mail.Cc.Count > 0) Header(text, "Cc", string.Join(", ", mail.Cc.SelectMany(HeaderText.Mailboxes)));
        Header(text, "Subject", HeaderText.Encode(mail.Subject));
        Header(text, "Date", mail.Date.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss +0000", CultureInfo.InvariantCulture));
        Header(text, "Message-ID", mail.MessageId);
        if (mail.InReplyTo is not null) Header(text, "In-Reply-To", mail.InReplyTo);
        if (mail.References.Count > 0) Header(text, "References", string.Join(" ", mail.References));
        foreach (var (name, value) in mail.ExtraHeaders) Header(text, name, HeaderText.Encode(value));
        Header(text, "MIME-Version", "1.0");

        var bodyType = mail.IsHtml ? "text/html; charset=utf-8" : "text/plain; charset=utf-8";
        if (mail.Attachments.Count == 0)
        {
            Part(text, bodyType, null, Encoding.UTF8.GetBytes(mail.Body));
            return Encoding.UTF8.GetBytes(text.ToString());
        }

        var boundary = "=_gotrs_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        Header(text, "Content-Type", $"multipart/mixed; boundary=\"{boundary}\"");
        text.Append("\r\nThis is a multi-part message in MIME format.\r\n");
        text.Append("--").Append(boundary).Append("\r\n");
        Part(text, bodyType, null, Encoding.UTF8.GetBytes(mail.Body));
        foreach (var attachment in mail.Attachments)
        {
            text.Append("--").Append(boundary).Append("\r\n");
            Part(text, attachment.ContentType, attachment, attachment.Content);
        }
        text.Append("--").Append(boundary).Append("--\r\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static void Part(StringBuilder text, string contentType, NewAttachment? attachment, byte[] content)
    {
        if (attachment is null)
        {
            Header(text, "Content-Type", contentType);
        }
        else
        {
            var name = HeaderText.Parameter(attachment.FileName);
            Header(text, "Content-Type", $"{contentType}; name={name}");
            Header(text, "Content-Disposition", $"{(attachment.Inline ? "inline" : "attachment")}; filename={name}");
            if (attachment.ContentId is { } id) Header(text, "Content-ID", id.StartsWith('<') ? id : $"<{id}>");
        }
        Header(text, "Content-Transfer-Encoding", "base64");
        text.Append("\r\n");
        var encoded = Convert.ToBase64String(content);
        for (var i = 0; i < encoded.Length; i += 76) text.Append(encoded, i, Math.Min(76, encoded.Length - i)).Append("\r\n");
    }

    private static void Header(StringBuilder text, string name, string value) =>
        text.Append(name).Append(": ").Append(HeaderText.Fold(value, name.Length + 2)).Append("\r\n");
}
