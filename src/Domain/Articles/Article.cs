using GoTrs.Domain.Common;

namespace GoTrs.Domain.Articles;

/// <summary>
/// Article meta data; the content lives in the channel's data tables (for e-mail, phone and internal notes:
/// <see cref="ArticleDataMime"/> and friends).
/// </summary>
public sealed class Article : AuditedEntity
{
    public long Id { get; set; }
    public long TicketId { get; set; }
    public int SenderTypeId { get; set; }
    public long CommunicationChannelId { get; set; }

    /// <summary>0/1.</summary>
    public int IsVisibleForCustomer { get; set; }

    /// <summary>0/1; the search index daemon picks up articles with 1. New articles need indexing.</summary>
    public int SearchIndexNeedsRebuild { get; set; } = 1;

    /// <summary>A random marker the writer uses to find the id of the row it just inserted.</summary>
    public string? InsertFingerprint { get; set; }
}
