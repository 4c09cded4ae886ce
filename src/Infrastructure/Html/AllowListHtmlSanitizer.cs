using System.Text;
using GoTrs.Application.Common.Interfaces;

namespace GoTrs.Infrastructure.Html;

/// <summary>
/// Sanitizes article bodies with an allow-list of elements, attributes, URL schemes and CSS properties
/// (see <see cref="HtmlPolicy"/>), and renders them as plain text. Stateless and thread-safe: each call
/// parses into its own document.
/// </summary>
/// <remarks>
/// Never throws on malformed input. A document whose parse overruns its time budget (base budget plus one
/// second per megabyte) is reduced to its text, which is then escaped; the same happens if the parser fails
/// in some unforeseen way, because showing escaped text is always safe while an exception would lose the article.
/// </remarks>
public sealed class AllowListHtmlSanitizer : IHtmlSanitizer
{
    /// <summary>Budget for a small document; ordinary mail parses in milliseconds.</summary>
    public static readonly TimeSpan DefaultBaseParseBudget = TimeSpan.FromSeconds(1);

    private readonly HtmlDocumentLoader _loader;

    public AllowListHtmlSanitizer()
        : this(DefaultBaseParseBudget)
    {
    }

    public AllowListHtmlSanitizer(TimeSpan baseParseBudget)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(baseParseBudget, TimeSpan.Zero);
        _loader = new HtmlDocumentLoader(baseParseBudget);
    }

    public string Sanitize(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (html.Length == 0)
        {
            return string.Empty;
        }

        try
        {
            using var document = _loader.TryLoad(html);
            if (document?.Body is { } body)
            {
                return SanitizedHtmlWriter.Write(body);
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Fall through to the text-only rendering below.
        }

        return TextAsHtml(FallbackText(html));
    }

    public string ToPlainText(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (html.Length == 0)
        {
            return string.Empty;
        }

        try
        {
            using var document = _loader.TryLoad(html);
            if (document?.Body is { } body)
            {
                return PlainTextRenderer.Render(body);
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Fall through to the token-level extraction below.
        }

        return FallbackText(html);
    }

    private static string FallbackText(string html)
    {
        try
        {
            return TokenTextExtractor.Extract(html);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Nothing parses it; the raw source is still the most faithful text we have.
            return html;
        }
    }

    /// <summary>Paragraphs at blank lines, br within them, everything escaped.</summary>
    private static string TextAsHtml(string text)
    {
        var output = new StringBuilder(text.Length + 64);
        foreach (var paragraph in text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            output.Append("<p>");
            var lines = paragraph.Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                if (i > 0)
                {
                    output.Append("<br>");
                }

                HtmlEscaper.AppendText(output, lines[i]);
            }

            output.Append("</p>");
        }

        return output.ToString();
    }
}
