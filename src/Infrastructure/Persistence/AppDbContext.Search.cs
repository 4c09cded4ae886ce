using GoTrs.Infrastructure.Search;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Infrastructure.Persistence;

/// <summary>Full-text search documents (GoTrs's own table, written by triggers).</summary>
public sealed partial class AppDbContext
{
    public DbSet<ArticleSearchDocument> ArticleSearchDocuments => Set<ArticleSearchDocument>();
}
