using GoTrs.Domain.Common;

namespace GoTrs.Domain.Articles;

/// <summary>
/// An attachment stored in the database (OTRS table <c>article_data_mime_attachment</c>).
/// <see cref="ContentSize"/> is the byte count as a string, as OTRS writes it.
/// </summary>
public sealed class ArticleAttachment : AuditedEntity
{
    public long Id { get; set; }
    public long ArticleId { get; set; }
    public string? Filename { get; set; }
    public string? ContentSize { get; set; }
    public string? ContentType { get; set; }
    public string? ContentId { get; set; }
    public string? ContentAlternative { get; set; }
    public string? Disposition { get; set; }
    public byte[]? Content { get; set; }
}
