namespace GoTrs.Domain.Articles;

/// <summary>The transmission status of an outgoing e-mail article (OTRS table <c>article_data_mime_send_error</c>).</summary>
public sealed class ArticleSendError
{
    public long Id { get; set; }
    public long ArticleId { get; set; }
    public string? MessageId { get; set; }
    public string? LogMessage { get; set; }
    public DateTime CreateTime { get; set; }
}
