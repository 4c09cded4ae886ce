using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Features.Mail.Common;
using GoTrs.Application.Features.Tickets.Common;
using GoTrs.Domain.Articles;

namespace GoTrs.Application.Features.Mail.Inbound;

/// <summary>
/// The article rows of a received message as OTRS writes them: channel Email, the envelope and threading columns of
/// <c>article_data_mime</c> (with the MD5 of the Message-ID), the HTML part as <c>file-2</c>, every attachment, and
/// the raw source in <c>article_data_mime_plain</c>.
/// </summary>
public sealed class InboundArticle(ArticleFactory articles)
{
    private const int MaxSubject = 3800;

    public ArticleRows Add(IAppDbContext db, InboundMail mail, byte[] raw, long ticketId, long articleId, int senderTypeId, bool visible)
    {
        var html = mail.HtmlBody is not null && mail.HtmlBody.Length > 0;
        var draft = new ArticleDraft(ticketId, articleId, senderTypeId, Channels.Email, visible,
            mail.Subject, html ? mail.HtmlBody! : mail.TextBody, html ? ArticleContent.Html : ArticleContent.PlainText,
            mail.From, mail.To, mail.Cc, null, mail.Attachments, null);
        var rows = articles.Build(draft, enforceLimits: false);
        var mime = rows.Mime;
        if (html && mail.TextBody.Length > 0) mime.Body = mail.TextBody;
        mime.ReplyTo = mail.ReplyTo;
        mime.MessageId = Cut(mail.MessageId);
        mime.MessageIdMd5 = mail.MessageId is null ? null : MessageIdHash.Of(mail.MessageId);
        mime.InReplyTo = mail.InReplyTo;
        mime.References = mail.References.Count == 0 ? null : string.Join(" ", mail.References);
        rows.AddTo(db);
        db.ArticleDataMimePlain.Add(new ArticleDataMimePlain { ArticleId = articleId, Body = raw });
        return rows;
    }

    private static string? Cut(string? value) => value is { Length: > MaxSubject } ? value[..MaxSubject] : value;
}
