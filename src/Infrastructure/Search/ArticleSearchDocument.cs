using NpgsqlTypes;

namespace GoTrs.Infrastructure.Search;

/// <summary>A row of <c>gotrs_article_search</c>: one article_data_mime row's words, kept by database triggers.</summary>
public sealed class ArticleSearchDocument
{
    /// <summary>The article_data_mime row's id.</summary>
    public long Id { get; set; }
    public long ArticleId { get; set; }
    public long TicketId { get; set; }
    public short IsVisibleForCustomer { get; set; }
    public NpgsqlTsVector Document { get; set; } = null!;
}
