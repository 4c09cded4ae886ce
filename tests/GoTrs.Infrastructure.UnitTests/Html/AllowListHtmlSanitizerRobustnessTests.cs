using System.Diagnostics;
using System.Text;
using AngleSharp.Dom;
using GoTrs.Infrastructure.Html;

namespace GoTrs.Infrastructure.UnitTests.Html;

/// <summary>Huge, deep, pathological and random input: no exception, no stack overflow, bounded time, safe output.</summary>
public sealed class AllowListHtmlSanitizerRobustnessTests
{
    // The sanitizer parses with a nesting limit of 256 levels; deeper elements become siblings.
    private const int ParserDepthLimit = 256;

    private static readonly AllowListHtmlSanitizer Sanitizer = new();

    private static readonly string[] SoupPieces =
    [
        "<p>", "</p>", "<div>", "</div>", "<b>", "</b>", "<i>", "<table>", "<tr>", "<td>", "</td>", "</table>", "<ul>",
        "<li>", "<a href=\"https://example.com/\">", "<a href=\"javascript:alert(1)\">", "</a>", "<img src=x onerror=alert(1)>",
        "<script>", "</script>", "<style>", "</style>", "<svg>", "</svg>", "<math>", "<mtext>", "<!--", "-->", "<![CDATA[",
        "]]>", "<noscript>", "</noscript>", "<textarea>", "<template>", "<select>", "<option>", "<iframe>", "<form>", "<",
        ">", "\"", "'", "=", "&", "&amp;", "&#x09;", "&lt;", " onload=alert(1) ", "text ", "\n", "<br>", "<pre>", "<xmp>",
        "<span style=\"color:red;background:url(javascript:alert(1))\">", "</span>", "<font color=red>", "<plaintext>",
        "<frameset>", "<body onload=alert(1)>", "<html>", "<head>", "<caption>", "<colgroup>", "<col>", "<hr>", "\u0000",
    ];

    [Test]
    public void ShouldSanitizeWithinSeconds_WhenInputIsFiveMegabytesOfMail()
    {
        var html = new StringBuilder();
        int block = 0;
        while (html.Length < 5 * 1024 * 1024)
        {
            html.Append("<div style=\"color: #333\"><p>Hello <b>agent</b>, order ").Append(block++)
                .Append(" failed. <a href=\"https://example.com/o\">details</a></p><table><tr><td>cpu</td><td>90%</td></tr></table>")
                .Append("<img src=x onerror=alert(1)><ul><li>step</li></ul></div>\n");
        }

        var stopwatch = Stopwatch.StartNew();
        string output = Sanitizer.Sanitize(html.ToString());
        string text = Sanitizer.ToPlainText(html.ToString());
        stopwatch.Stop();

        stopwatch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(60));
        output.ShouldContain($"order {block - 1} failed");
        output.ShouldNotContain("onerror");
        output.ShouldContain("<table>");
        text.ShouldContain($"order {block - 1} failed. details (https://example.com/o)");
    }

    [TestCase("span")]
    [TestCase("b")]
    [TestCase("blockquote")]
    public void ShouldCapTheDepth_WhenElementsAreNestedVeryDeeply(string element)
    {
        string html = string.Concat(Enumerable.Repeat($"<{element}>", 100_000)) + "bottom";

        string output = Should.NotThrow(() => Sanitizer.Sanitize(html));

        output.ShouldContain("bottom");
        using var document = SafeHtml.Parse(output);
        MaxDepth(document.Body!).ShouldBeLessThanOrEqualTo(ParserDepthLimit);
        Sanitizer.ToPlainText(html).ShouldEndWith("bottom");
    }

    [TestCase("<div>", 100_000)]
    [TestCase("<ul><li>", 20_000)]
    [TestCase("<b><div></b>", 20_000)]
    [TestCase("<table><tr><td><div>", 20_000)]
    [TestCase("<a><b><i><u>", 20_000)]
    public void ShouldFinishInBoundedTime_WhenNestingMakesTheTreeBuilderSuperLinear(string unit, int count)
    {
        string html = string.Concat(Enumerable.Repeat(unit, count)) + "<script>alert(1)</script>end of text";

        var stopwatch = Stopwatch.StartNew();
        string output = Sanitizer.Sanitize(html);
        string text = Sanitizer.ToPlainText(html);
        stopwatch.Stop();

        stopwatch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(30));
        SafeHtml.ShouldBeSafe(output);
        output.ShouldContain("end of text");
        output.ShouldNotContain("alert");
        text.ShouldEndWith("end of text");
    }

    [Test]
    public void ShouldFallBackToEscapedText_WhenParsingOverrunsItsBudget()
    {
        var impatient = new AllowListHtmlSanitizer(TimeSpan.Zero);
        string html = string.Concat(Enumerable.Repeat("<ul><li>", 20_000))
            + "<p>Hello <b>world</b> &amp; &lt;b&gt;</p><script>alert(1)</script><style>p{}</style><p>Second</p>";

        string output = impatient.Sanitize(html);

        SafeHtml.ShouldBeSafe(output);
        output.ShouldBe("<p>- Hello world &amp; &lt;b&gt;</p><p>Second</p>");
        impatient.ToPlainText(html).ShouldBe("- Hello world & <b>\n\nSecond");
    }

    [Test]
    public void ShouldNeverThrowAndStaySafe_WhenInputIsRandomTagSoup()
    {
        var random = new Random(20240611);
        for (int i = 0; i < 400; i++)
        {
            var html = new StringBuilder();
            int pieces = random.Next(1, 80);
            for (int j = 0; j < pieces; j++)
            {
                html.Append(SoupPieces[random.Next(SoupPieces.Length)]);
            }

            string input = html.ToString();
            string output = Should.NotThrow(() => Sanitizer.Sanitize(input), input);
            Should.NotThrow(() => Sanitizer.ToPlainText(input), input);
            SafeHtml.ShouldBeSafe(output);

            // Not always a fixed point (the parser may move an element a table cannot hold), but always safe.
            SafeHtml.ShouldBeSafe(Sanitizer.Sanitize(output));
        }
    }

    [TestCase("\uD800 lone surrogate <b>\uDFFF</b>")]
    [TestCase("\u0000\u0001\u001F<p>\u0000</p>")]
    [TestCase("<")]
    [TestCase("&")]
    [TestCase("</p>")]
    [TestCase("<!DOCTYPE html>")]
    [TestCase("<html><head></head></html>")]
    [TestCase("<frameset><frame src=x></frameset>")]
    [TestCase("<a href=\"https://example.com/\"")]
    [TestCase("<p style=\"")]
    [TestCase("<!--")]
    public void ShouldNotThrow_WhenInputIsMalformed(string html)
    {
        string output = Should.NotThrow(() => Sanitizer.Sanitize(html));
        Should.NotThrow(() => Sanitizer.ToPlainText(html));

        SafeHtml.ShouldBeSafe(output);
    }

    [Test]
    public void ShouldThrow_WhenInputIsNull()
    {
        Should.Throw<ArgumentNullException>(() => Sanitizer.Sanitize(null!));
        Should.Throw<ArgumentNullException>(() => Sanitizer.ToPlainText(null!));
    }

    [Test]
    public void ShouldGiveTheSameResult_WhenCalledConcurrently()
    {
        const string html = "<p style=\"color:red\">Hi <a href=\"https://example.com\">x</a><img src=x onerror=alert(1)></p>";
        string expected = Sanitizer.Sanitize(html);

        var results = new string[64];
        Parallel.For(0, results.Length, i => results[i] = Sanitizer.Sanitize(html));

        results.ShouldAllBe(result => result == expected);
    }

    private static int MaxDepth(IElement root)
    {
        int max = 0;
        var pending = new Stack<(INode Node, int Depth)>();
        pending.Push((root, 0));
        while (pending.TryPop(out var entry))
        {
            max = Math.Max(max, entry.Depth);
            foreach (var child in entry.Node.ChildNodes)
            {
                pending.Push((child, entry.Depth + 1));
            }
        }

        return max;
    }
}
