namespace GoTrs.Domain.Articles;

/// <summary>A per-agent flag on an article, e.g. "Seen". The agent is <see cref="CreateBy"/>.</summary>
public sealed class ArticleFlag
{
    public long ArticleId { get; set; }
    public string Key { get; set; } = "";
    public string? Value { get; set; }
    public DateTime CreateTime { get; set; }
    public int CreateBy { get; set; }
}
