using System.Diagnostics;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace GoTrs.Infrastructure.Html;

/// <summary>
/// Parses untrusted HTML under a time budget. AngleSharp's tree builder follows the specification's algorithms,
/// several of which scan the whole stack of open elements per tag; crafted nesting (thousands of
/// &lt;ul&gt;&lt;li&gt; or &lt;b&gt;&lt;div&gt;&lt;/b&gt;) makes that quadratic or worse, so 160 KB can take
/// seconds and a few megabytes hours. No depth estimate from the token stream is reliable (implied end tags,
/// foster parenting and formatting reconstruction all change the real stack), so the parse is timed instead
/// and abandoned when it overruns.
/// </summary>
internal sealed class HtmlDocumentLoader(TimeSpan baseBudget)
{
    /// <summary>Deeper elements become siblings; browsers cap nesting similarly and readers gain nothing from more.</summary>
    public const int MaxDepth = 256;

    private const int CheckInterval = 64;
    private const double SecondsPerMegabyte = 1.0;

    /// <summary>The document, or null when parsing overran its budget.</summary>
    public IHtmlDocument? TryLoad(string html)
    {
        long budgetTicks = (long)((baseBudget.TotalSeconds + (html.Length / 1_048_576.0 * SecondsPerMegabyte))
            * Stopwatch.Frequency);
        long deadline = Stopwatch.GetTimestamp() + budgetTicks;
        int tokens = 0;

        var options = new HtmlParserOptions
        {
            // Scripts must never run; it also makes noscript content parse as markup, which is then dropped.
            IsScripting = false,
            MaximumDepth = MaxDepth,
            SkipComments = true,
            SkipProcessingInstructions = true,
            DisableElementPositionTracking = true,
            OnToken = (_, _) =>
            {
                if (tokens++ % CheckInterval == 0 && Stopwatch.GetTimestamp() >= deadline)
                {
                    throw new BudgetExceededException();
                }
            },
        };

        try
        {
            return new HtmlParser(options).ParseDocument(html);
        }
        catch (BudgetExceededException)
        {
            return null;
        }
    }

    private sealed class BudgetExceededException : Exception;
}
