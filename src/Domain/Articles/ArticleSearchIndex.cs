namespace GoTrs.Domain.Articles;

/// <summary>Normalised words of one article field (From, Subject, Body, …) for the database search backend.</summary>
public sealed class ArticleSearchIndex
{
    public long Id { get; set; }
    public long TicketId { get; set; }
    public long ArticleId { get; set; }
    public string Key { get; set; } = "";
    public string? Value { get; set; }
}
