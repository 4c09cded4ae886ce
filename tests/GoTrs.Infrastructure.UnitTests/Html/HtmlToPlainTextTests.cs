using GoTrs.Infrastructure.Html;

namespace GoTrs.Infrastructure.UnitTests.Html;

/// <summary>The plain version of an article: readable line structure, decoded entities, no markup or code.</summary>
public sealed class HtmlToPlainTextTests
{
    private static readonly AllowListHtmlSanitizer Sanitizer = new();

    [TestCase("<p>one</p><p>two</p>", "one\n\ntwo")]
    [TestCase("<div>one</div><div>two</div>", "one\ntwo")]
    [TestCase("line 1<br>line 2<br/>line 3", "line 1\nline 2\nline 3")]
    [TestCase("a<br><br>b", "a\n\nb")]
    [TestCase("<div>a</div><br><div>b</div>", "a\n\nb")]
    [TestCase("<p>a<br></p><p>b</p>", "a\n\nb")]
    [TestCase("<h1>Title</h1>Body", "Title\n\nBody")]
    [TestCase("<div><div><div>deep</div></div></div>after", "deep\nafter")]
    public void ShouldBreakLines_WhenBlocksOrBreaksSeparateText(string html, string expected) =>
        Sanitizer.ToPlainText(html).ShouldBe(expected);

    [TestCase("<p>  lots   of\n\n   space\t here </p>", "lots of space here")]
    [TestCase("<p>a <b>b</b> <i> c </i>d</p>", "a b c d")]
    [TestCase("<p>no<b>space</b>added</p>", "nospaceadded")]
    public void ShouldCollapseWhitespace_WhenTextIsNotPreformatted(string html, string expected) =>
        Sanitizer.ToPlainText(html).ShouldBe(expected);

    [Test]
    public void ShouldKeepWhitespace_WhenTextIsPreformatted() =>
        Sanitizer.ToPlainText("<p>Code:</p><pre>if (x)\n    y();</pre>").ShouldBe("Code:\n\nif (x)\n    y();");

    [Test]
    public void ShouldDecodeEntities_WhenTextContainsThem() =>
        Sanitizer.ToPlainText("Fish &amp; chips &lt;3 &eacute;t&eacute; &#8364;5&nbsp;each &quot;ok&quot;")
            .ShouldBe("Fish & chips <3 été €5 each \"ok\"");

    [Test]
    public void ShouldPrefixListItems_WhenTextIsAList() =>
        Sanitizer.ToPlainText("<p>Steps:</p><ul><li>first</li><li>second<ul><li>inner</li></ul></li></ul><ol><li>third</li></ol>done")
            .ShouldBe("Steps:\n\n- first\n- second\n  - inner\n- third\ndone");

    [TestCase("<a href=\"https://example.com/docs\">the docs</a>", "the docs (https://example.com/docs)")]
    [TestCase("<a href=\"https://example.com/\">https://example.com</a>", "https://example.com")]
    [TestCase("<a href=\"http://www.example.com\">www.example.com</a>", "www.example.com")]
    [TestCase("<a href=\"mailto:agent@example.com\">agent@example.com</a>", "agent@example.com")]
    [TestCase("<a href=\"mailto:agent@example.com\">write us</a>", "write us (mailto:agent@example.com)")]
    [TestCase("<a href=\"#top\">back to top</a>", "back to top")]
    [TestCase("<a href=\"/relative/path\">relative</a>", "relative")]
    [TestCase("<a href=\"javascript:alert(1)\">click</a>", "click")]
    [TestCase("<a href=\"https://example.com/x\"><img src=\"cid:logo\"></a>", "https://example.com/x")]
    [TestCase("see <a href=\"https://example.com/x\">here</a>.", "see here (https://example.com/x).")]
    public void ShouldShowTheTarget_WhenLinkTextDiffersFromIt(string html, string expected) =>
        Sanitizer.ToPlainText(html).ShouldBe(expected);

    [Test]
    public void ShouldSeparateCellsAndRows_WhenTextIsATable() =>
        Sanitizer.ToPlainText("<table><tr><th>Name</th><th>Value</th></tr><tr><td>CPU</td><td>90%</td></tr></table>")
            .ShouldBe("Name Value\nCPU 90%");

    [Test]
    public void ShouldQuoteLines_WhenTextIsInABlockquote() =>
        Sanitizer.ToPlainText("<p>Thanks.</p><blockquote><p>Original line 1</p><p>line 2<blockquote>older</blockquote></p></blockquote><p>Bye</p>")
            .ShouldBe("Thanks.\n\n> Original line 1\n\n> line 2\n\n> > older\n\nBye");

    [Test]
    public void ShouldUseAltText_WhenImageHasIt() =>
        Sanitizer.ToPlainText("<p>Logo: <img src=\"cid:x\" alt=\"ACME\"></p>").ShouldBe("Logo: ACME");

    [Test]
    public void ShouldSkipCodeAndMetadata_WhenDocumentHasScriptsStylesAndHead() =>
        Sanitizer.ToPlainText("<html><head><title>T</title><style>p{color:red}</style></head><body><script>var x = 1;</script><p>Visible</p><noscript>no js</noscript><template>tpl</template><svg><text>svg</text></svg></body></html>")
            .ShouldBe("Visible");

    [Test]
    public void ShouldDropComments_WhenTextContainsThem() =>
        Sanitizer.ToPlainText("a<!-- hidden -->b<!--[if mso]>outlook<![endif]-->").ShouldBe("ab");

    [Test]
    public void ShouldReturnTheText_WhenInputIsPlainText() =>
        Sanitizer.ToPlainText("Just text\nwith a newline").ShouldBe("Just text with a newline");

    [Test]
    public void ShouldReturnEmpty_WhenInputIsEmptyOrMarkupOnly()
    {
        Sanitizer.ToPlainText(string.Empty).ShouldBeEmpty();
        Sanitizer.ToPlainText("<div><br><p></p></div>").ShouldBeEmpty();
    }

    [Test]
    public void ShouldRenderOutlookStyleMail_WhenInputIsATypicalMessage()
    {
        const string html = """
            <html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style><!-- p.MsoNormal {margin:0} --></style></head>
            <body lang="DE"><div class="WordSection1">
            <p class="MsoNormal">Hello&nbsp;support,<o:p></o:p></p>
            <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
            <p class="MsoNormal">the printer on floor&nbsp;3 is <b>broken</b>.<o:p></o:p></p>
            <div style="border:none;border-top:solid #E1E1E1 1.0pt">
            <p class="MsoNormal"><b>From:</b> Jane &lt;jane@example.com&gt;</p></div>
            </div></body></html>
            """;

        Sanitizer.ToPlainText(html).ShouldBe("Hello support,\n\nthe printer on floor 3 is broken.\n\nFrom: Jane <jane@example.com>");
    }
}
