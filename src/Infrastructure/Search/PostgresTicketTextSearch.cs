using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Features.Tickets.Common;
using GoTrs.Application.Features.Tickets.ListTickets;
using GoTrs.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Infrastructure.Search;

/// <summary>
/// PostgreSQL full-text search over article subjects and bodies (GIN expression index gotrs_article_fulltext, 'simple'
/// configuration so words of every language match as written) and trigram ILIKE for titles.
/// </summary>
public sealed class PostgresTicketTextSearch(AppDbContext db) : ITicketTextSearch
{
    public IQueryable<TicketRow> FullText(IQueryable<TicketRow> rows, string query) =>
        rows.Where(r => db.Articles.Any(a => a.TicketId == r.Ticket.Id
            && db.ArticleDataMime.Any(m => m.ArticleId == a.Id
                && EF.Functions.ToTsVector("simple", (m.Subject ?? "") + " " + (m.Body ?? ""))
                    .Matches(EF.Functions.WebSearchToTsQuery("simple", query)))));

    public IQueryable<TicketRow> TitleContains(IQueryable<TicketRow> rows, string text) =>
        rows.Where(r => EF.Functions.ILike(r.Ticket.Title!, "%" + TicketFilters.Escape(text) + "%"));
}
