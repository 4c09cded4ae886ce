using GoTrs.Domain.Common;

namespace GoTrs.Domain.Articles;

/// <summary>The raw RFC 822 source of an article, when stored in the database.</summary>
public sealed class ArticleDataMimePlain : AuditedEntity
{
    public long Id { get; set; }
    public long ArticleId { get; set; }
    public byte[] Body { get; set; } = [];
}
