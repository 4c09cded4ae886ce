namespace GoTrs.Infrastructure.Mail.Mime;

/// <summary>Builds the message from its top-level entity: envelope fields, body text and attachments.</summary>
internal static class MessageAssembler
{
    public static MimeMessage Assemble(MimeEntity root, ProblemLog problems)
    {
        var headers = root.Headers;
        var body = BodySelector.Select(root);
        return new MimeMessage
        {
            Body = root,
            From = Addresses(headers, "From", problems),
            Sender = Addresses(headers, "Sender", problems),
            ReplyTo = Addresses(headers, "Reply-To", problems),
            To = Addresses(headers, "To", problems),
            Cc = Addresses(headers, "Cc", problems),
            Bcc = Addresses(headers, "Bcc", problems),
            Subject = headers.Get("Subject")?.Value.Trim() ?? string.Empty,
            Date = Date(headers, problems),
            MessageId = MessageIds.Parse(headers.Get("Message-ID")?.RawValue).FirstOrDefault(),
            InReplyTo = MessageIds.Parse(headers.Get("In-Reply-To")?.RawValue).FirstOrDefault(),
            References = MessageIds.Parse(headers.Get("References")?.RawValue),
            AutoSubmitted = Trimmed(headers, "Auto-Submitted"),
            Precedence = Trimmed(headers, "Precedence"),
            XLoop = Trimmed(headers, "X-Loop"),
            ListId = ListId(headers),
            TextBody = body.Text,
            HtmlBody = body.Html,
            Attachments = body.Attachments,
            Problems = problems.ToList(),
        };
    }

    // Duplicated address fields (two To: lines) are read as one list rather than losing recipients.
    private static MailboxAddress[] Addresses(MimeHeaderList headers, string name, ProblemLog problems) =>
        headers.GetAll(name).SelectMany(header => AddressListParser.Parse(header.RawValue, problems)).ToArray();

    private static DateTimeOffset? Date(MimeHeaderList headers, ProblemLog problems)
    {
        string? raw = headers.Get("Date")?.RawValue;
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var date = MailDate.Parse(raw);
        if (date is null)
        {
            problems.Add($"unreadable Date \"{(raw.Length > 60 ? raw[..60] : raw)}\"");
        }

        return date;
    }

    private static string? Trimmed(MimeHeaderList headers, string name)
    {
        string? value = headers.Get(name)?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private static string? ListId(MimeHeaderList headers)
    {
        string? value = Trimmed(headers, "List-Id");
        if (value is null)
        {
            return null;
        }

        int open = value.LastIndexOf('<');
        int close = value.LastIndexOf('>');
        return open >= 0 && close > open + 1 ? value[(open + 1)..close].Trim() : value;
    }
}
