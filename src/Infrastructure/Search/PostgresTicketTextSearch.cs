using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Features.Tickets.Common;
using GoTrs.Application.Features.Tickets.ListTickets;
using GoTrs.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Infrastructure.Search;

/// <summary>
/// PostgreSQL full-text search over article subjects and bodies: stored documents in gotrs_article_search (GIN
/// index, 'simple' configuration so words of every language match as written) and trigram ILIKE for titles.
/// </summary>
public sealed class PostgresTicketTextSearch(AppDbContext db) : ITicketTextSearch
{
    public IQueryable<TicketRow> FullText(IQueryable<TicketRow> rows, string query, bool customerVisibleOnly, bool fewMatches)
    {
        if (fewMatches)
        {
            // OFFSET 0 keeps the planner from merging the subquery into the outer one: the matches are collected
            // through the GIN index first, then sorted and paged. Merged, it would walk tickets newest first and test
            // each one's documents, which for a rare word means testing most of the table before the page is full.
            var matches = db.ArticleSearchDocuments.FromSql($"""
                SELECT * FROM gotrs_article_search WHERE document @@ websearch_to_tsquery('simple', {query}) OFFSET 0
                """);
            if (customerVisibleOnly) matches = matches.Where(d => d.IsVisibleForCustomer == 1);
            var ticketIds = matches.Select(d => d.TicketId);
            return rows.Where(r => ticketIds.Contains(r.Ticket.Id));
        }
        var documents = customerVisibleOnly
            ? db.ArticleSearchDocuments.Where(d => d.IsVisibleForCustomer == 1)
            : db.ArticleSearchDocuments;
        return rows.Where(r => documents.Any(d => d.TicketId == r.Ticket.Id
                                                  && d.Document.Matches(EF.Functions.WebSearchToTsQuery("simple", query))));
    }

    public IQueryable<TicketRow> TitleContains(IQueryable<TicketRow> rows, string text) =>
        rows.Where(r => EF.Functions.ILike(r.Ticket.Title!, "%" + TicketFilters.Escape(text) + "%"));
}
