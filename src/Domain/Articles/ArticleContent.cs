namespace GoTrs.Domain.Articles;

/// <summary>
/// How OTRS stores rich text: the article body is plain text, and the HTML version is an inline attachment named
/// <see cref="HtmlBodyFileName"/> with content type text/html.
/// </summary>
public static class ArticleContent
{
    public const string PlainText = "text/plain; charset=utf-8";
    public const string Html = "text/html; charset=utf-8";
    public const string HtmlBodyFileName = "file-2";

    public static bool IsHtml(string? contentType) =>
        contentType is not null && contentType.TrimStart().StartsWith("text/html", StringComparison.OrdinalIgnoreCase);

    public static bool IsHtmlBody(string? filename, string? contentType, string? disposition) =>
        filename == HtmlBodyFileName && IsHtml(contentType) && disposition is null or "inline";
}
