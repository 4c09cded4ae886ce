using GoTrs.Application.Common.Exceptions;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Domain.Articles;
using GoTrs.Domain.Common;
using GoTrs.Domain.Tickets;
using Microsoft.Extensions.Options;

namespace GoTrs.Application.Features.Tickets.Common;

/// <summary>Everything one new article consists of, before it is written.</summary>
public sealed record ArticleDraft(
    long TicketId, long ArticleId, int SenderTypeId, long ChannelId, bool IsVisibleForCustomer,
    string Subject, string Body, string? ContentType, string? From, string? To, string? Cc, string? Bcc,
    IReadOnlyList<NewAttachment> Attachments, decimal? TimeUnits);

public sealed record ArticleRows(
    Article Article, ArticleDataMime Mime, IReadOnlyList<ArticleAttachment> Attachments, TimeAccounting? Time)
{
    public void AddTo(IAppDbContext db)
    {
        db.Articles.Add(Article);
        db.ArticleDataMime.Add(Mime);
        db.ArticleAttachments.AddRange(Attachments);
        if (Time is not null) db.TimeAccounting.Add(Time);
    }
}

/// <summary>
/// Builds article rows the OTRS way: HTML is sanitized and kept as the inline "file-2" attachment while the body
/// column holds its plain text (which full-text search reads); attachment limits are enforced here.
/// </summary>
public sealed class ArticleFactory(IHtmlSanitizer sanitizer, TimeProvider clock, IOptions<TicketOptions> options)
{
    /// <param name="enforceLimits">False for mail that has already arrived: refusing its files would lose them.</param>
    public ArticleRows Build(ArticleDraft draft, bool enforceLimits = true)
    {
        if (enforceLimits) EnforceLimits(draft.Attachments);
        var now = clock.GetUtcNow();
        var isHtml = ArticleContent.IsHtml(draft.ContentType);
        var html = isHtml ? sanitizer.Sanitize(draft.Body) : null;
        var article = new Article
        {
            Id = draft.ArticleId, TicketId = draft.TicketId, SenderTypeId = draft.SenderTypeId,
            CommunicationChannelId = draft.ChannelId, IsVisibleForCustomer = draft.IsVisibleForCustomer ? 1 : 0,
        };
        var mime = new ArticleDataMime
        {
            ArticleId = draft.ArticleId, From = draft.From, To = draft.To, Cc = draft.Cc, Bcc = draft.Bcc,
            Subject = Cut(draft.Subject, 3800), ContentType = ArticleContent.PlainText,
            Body = html is null ? draft.Body : sanitizer.ToPlainText(html),
            IncomingTimeEpoch = EpochTime.FromDateTime(now), ContentPath = now.ToString("yyyy/MM/dd"),
        };
        var attachments = draft.Attachments.Select(a => new ArticleAttachment
        {
            ArticleId = draft.ArticleId, Filename = SafeFileName(a.FileName), ContentType = Cut(a.ContentType, 450),
            ContentSize = a.Content.Length.ToString(), ContentId = a.ContentId,
            Disposition = a.Inline ? "inline" : "attachment", Content = a.Content,
        }).ToList();
        if (html is not null)
            attachments.Insert(0, new ArticleAttachment
            {
                ArticleId = draft.ArticleId, Filename = ArticleContent.HtmlBodyFileName, ContentType = ArticleContent.Html,
                ContentSize = System.Text.Encoding.UTF8.GetByteCount(html).ToString(), Disposition = "inline",
                Content = System.Text.Encoding.UTF8.GetBytes(html),
            });
        var time = draft.TimeUnits is > 0 or < 0
            ? new TimeAccounting { TicketId = draft.TicketId, ArticleId = draft.ArticleId, TimeUnit = draft.TimeUnits.Value }
            : null;
        return new ArticleRows(article, mime, attachments, time);
    }

    private void EnforceLimits(IReadOnlyList<NewAttachment> attachments)
    {
        var limit = options.Value;
        foreach (var a in attachments.Where(a => a.Content.LongLength > limit.MaxAttachmentBytes))
            throw new PayloadTooLargeException($"Attachment '{a.FileName}' is larger than {limit.MaxAttachmentBytes} bytes.");
        if (attachments.Sum(a => a.Content.LongLength) > limit.MaxArticleAttachmentBytes)
            throw new PayloadTooLargeException($"The attachments together exceed {limit.MaxArticleAttachmentBytes} bytes.");
    }

    /// <summary>A name that is safe in a Content-Disposition header and on any file system.</summary>
    public static string SafeFileName(string name)
    {
        var file = Path.GetFileName(name.Replace('\\', '/'));
        var clean = new string(file.Where(c => !char.IsControl(c) && c is not ('/' or '"' or '<' or '>' or ':' or '|' or '?' or '*')).ToArray()).Trim();
        return Cut(clean.Length == 0 || clean is "." or ".." ? "attachment" : clean, 250);
    }

    private static string Cut(string value, int max) => value.Length > max ? value[..max] : value;
}
