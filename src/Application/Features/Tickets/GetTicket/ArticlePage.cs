using System.Text;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Models;
using GoTrs.Domain.Articles;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Application.Features.Tickets.GetTicket;

/// <summary>One page of a ticket's articles with their attachment metadata: two statements, whatever the page size.</summary>
public static class ArticlePage
{
    public static async Task<IReadOnlyList<ArticleDto>> LoadAsync(
        IAppDbContext db, long ticketId, bool customerOnly, Paging paging, bool newestFirst, CancellationToken ct)
    {
        var query =
            from a in db.Articles
            where a.TicketId == ticketId && (!customerOnly || a.IsVisibleForCustomer == 1)
            from m in db.ArticleDataMime.Where(m => m.ArticleId == a.Id).DefaultIfEmpty()
            join s in db.ArticleSenderTypes on a.SenderTypeId equals s.Id
            select new { a, m, Sender = s.Name };
        query = newestFirst ? query.OrderByDescending(x => x.a.Id) : query.OrderBy(x => x.a.Id);
        var rows = await query.Skip(paging.Skip).Take(paging.PageSize).Select(x => new
        {
            x.a.Id, x.a.CommunicationChannelId, x.Sender, x.a.IsVisibleForCustomer, x.a.CreateTime, x.a.CreateBy,
            From = x.m == null ? null : x.m.From, To = x.m == null ? null : x.m.To, Cc = x.m == null ? null : x.m.Cc,
            Subject = x.m == null ? null : x.m.Subject, Body = x.m == null ? null : x.m.Body,
        }).ToListAsync(ct);

        var ids = rows.Select(r => r.Id).ToList();
        var files = await db.ArticleAttachments.Where(f => ids.Contains(f.ArticleId)).OrderBy(f => f.Id)
            .Select(f => new
            {
                f.Id, f.ArticleId, f.Filename, f.ContentType, f.ContentSize, f.ContentId, f.Disposition,
                // Only the HTML body travels with the zoom; other contents are downloaded one by one.
                Html = f.Filename == ArticleContent.HtmlBodyFileName ? f.Content : null,
            }).ToListAsync(ct);

        return rows.Select(r =>
        {
            var mine = files.Where(f => f.ArticleId == r.Id).ToList();
            var htmlBody = mine.FirstOrDefault(f => ArticleContent.IsHtmlBody(f.Filename, f.ContentType, f.Disposition));
            return new ArticleDto(r.Id, Channels.NameOf(r.CommunicationChannelId), r.Sender, r.IsVisibleForCustomer == 1,
                r.From, r.To, r.Cc, r.Subject, r.Body, htmlBody?.Html is { } html ? Encoding.UTF8.GetString(html) : null,
                r.CreateTime, r.CreateBy,
                mine.Where(f => f != htmlBody).Select(f => new AttachmentDto(f.Id, f.Filename ?? "attachment", f.ContentType,
                    long.TryParse(f.ContentSize, out var size) ? size : 0, f.ContentId, f.Disposition ?? "attachment")).ToList());
        }).ToList();
    }
}
