using GoTrs.Infrastructure.Html;

namespace GoTrs.Infrastructure.UnitTests.Html;

/// <summary>What mail clients and rich-text editors produce must come through unchanged or nearly so.</summary>
public sealed class AllowListHtmlSanitizerFormattingTests
{
    private static readonly AllowListHtmlSanitizer Sanitizer = new();

    [TestCase("<p>Hello <b>bold</b>, <strong>strong</strong>, <i>i</i>, <em>em</em>, <u>u</u>, <s>s</s></p>")]
    [TestCase("<p>H<sub>2</sub>O and E=mc<sup>2</sup>, <small>small</small> <big>big</big> <mark>mark</mark></p>")]
    [TestCase("<h1>Title</h1><h2>Sub</h2><h6>Tiny</h6>")]
    [TestCase("<ul><li>one</li><li>two<ol><li>nested</li></ol></li></ul>")]
    [TestCase("<dl><dt>term</dt><dd>definition</dd></dl>")]
    [TestCase("<blockquote>quoted<br>text</blockquote>")]
    [TestCase("<pre>  indented\n    code</pre>")]
    [TestCase("<p><code>x = 1</code> <del>old</del> <ins>new</ins> <abbr title=\"HyperText\">HTML</abbr> <q>quote</q> <cite>Work</cite></p>")]
    [TestCase("<div><span>inline</span></div><hr><center>centred</center>")]
    [TestCase("<table><caption>Totals</caption><thead><tr><th>A</th></tr></thead><tbody><tr><td>1</td></tr></tbody><tfoot><tr><td>2</td></tr></tfoot></table>")]
    [TestCase("<p dir=\"rtl\" lang=\"ar\">مرحبا</p>")]
    public void ShouldKeepMarkupUnchanged_WhenItIsAllowed(string html) => Sanitizer.Sanitize(html).ShouldBe(html);

    [Test]
    public void ShouldReturnBodyContentOnly_WhenInputIsAFullDocument()
    {
        const string html = """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>Mail</title><style>p { color: red }</style></head>
            <body><p>Hello</p></body></html>
            """;

        Sanitizer.Sanitize(html).Trim().ShouldBe("<p>Hello</p>");
    }

    [Test]
    public void ShouldAddSafeRelAndTarget_WhenElementIsALink() =>
        Sanitizer.Sanitize("<a href=\"https://example.com/a?b=1&amp;c=2\" target=\"_self\" rel=\"opener\" title=\"Go\">site</a>")
            .ShouldBe("<a href=\"https://example.com/a?b=1&amp;c=2\" title=\"Go\" rel=\"noopener noreferrer\" target=\"_blank\">site</a>");

    [TestCase("mailto:agent@example.com?subject=Hi")]
    [TestCase("tel:+49-30-1234567")]
    [TestCase("http://example.com/")]
    [TestCase("#section-2")]
    [TestCase("/otrs/index.pl?Action=AgentTicketZoom;TicketID=1")]
    [TestCase("//cdn.example.com/x")]
    public void ShouldKeepTheLink_WhenSchemeIsAllowedOrRelative(string href) =>
        Sanitizer.Sanitize($"<a href=\"{href}\">x</a>")
            .ShouldBe($"<a href=\"{href}\" rel=\"noopener noreferrer\" target=\"_blank\">x</a>");

    [Test]
    public void ShouldUnwrapTheLink_WhenItsTargetIsRefused() =>
        Sanitizer.Sanitize("<p><a href=\"javascript:void(0)\">click</a> here</p>").ShouldBe("<p>click here</p>");

    [TestCase("cid:image001.png@01D9A1B2.C3D4E5F0")]
    [TestCase("https://example.com/logo.png")]
    [TestCase("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")]
    [TestCase("data:image/jpeg;base64,/9j/4AAQSkZJRg==")]
    public void ShouldKeepTheImage_WhenSourceIsAllowed(string src) =>
        Sanitizer.Sanitize($"<img src=\"{src}\" alt=\"Logo\" width=\"120\" height=\"40\" border=\"0\">")
            .ShouldBe($"<img src=\"{src}\" alt=\"Logo\" width=\"120\" height=\"40\" border=\"0\">");

    [Test]
    public void ShouldNormaliseTheInlineImage_WhenItsDataIsWrapped() =>
        Sanitizer.Sanitize("<img src=\"DATA:image/PNG;base64,iVBO\nRw0K\">")
            .ShouldBe("<img src=\"data:image/png;base64,iVBORw0K\">");

    [TestCase("data:image/svg+xml;base64,PHN2Zz4=")]
    [TestCase("data:image/png,rawbytes")]
    [TestCase("data:image/png;base64,<svg>")]
    [TestCase("mailto:x@example.com")]
    [TestCase("file:///c:/secret.png")]
    public void ShouldDropTheImage_WhenSourceIsRefused(string src) =>
        Sanitizer.Sanitize($"<p>a<img src=\"{src}\">b</p>").ShouldBe("<p>ab</p>");

    [Test]
    public void ShouldKeepColours_WhenTheyComeFromFontAndStyle() =>
        Sanitizer.Sanitize("<font color=\"#FF0000\" face=\"Arial, sans-serif\" size=\"+1\"><span style=\"color: rgb(0, 128, 0); background-color: yellow\">x</span></font>")
            .ShouldBe("<font color=\"#FF0000\" face=\"Arial, sans-serif\" size=\"+1\"><span style=\"color: rgb(0, 128, 0); background-color: yellow\">x</span></font>");

    [Test]
    public void ShouldKeepTableLayoutAttributes_WhenTheyAreWellFormed() =>
        Sanitizer.Sanitize("<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"1\" bgcolor=\"#eeeeee\"><tr valign=\"top\"><td colspan=\"2\" align=\"CENTER\" nowrap>x</td></tr></table>")
            .ShouldBe("<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"1\" bgcolor=\"#eeeeee\"><tbody><tr valign=\"top\"><td colspan=\"2\" align=\"center\" nowrap=\"\">x</td></tr></tbody></table>");

    [TestCase("<td colspan=\"2;x\">", "<td>")]
    [TestCase("<td width=\"100px;position:fixed\">", "<td>")]
    [TestCase("<td bgcolor=\"red;background:url(x)\">", "<td>")]
    [TestCase("<td align=\"evil\">", "<td>")]
    [TestCase("<td scope=\"row\" abbr=\"Sum\">", "<td scope=\"row\" abbr=\"Sum\">")]
    public void ShouldDropThePresentationalAttribute_WhenItsValueIsMalformed(string cell, string expected) =>
        Sanitizer.Sanitize($"<table><tr>{cell}x</td></tr></table>")
            .ShouldBe($"<table><tbody><tr>{expected}x</td></tr></tbody></table>");

    [Test]
    public void ShouldKeepListAttributes_WhenTheyAreValid() =>
        Sanitizer.Sanitize("<ol type=\"a\" start=\"3\" reversed><li value=\"7\">x</li></ol><ul type=\"square\"><li>y</li></ul>")
            .ShouldBe("<ol type=\"a\" start=\"3\" reversed=\"\"><li value=\"7\">x</li></ol><ul type=\"square\"><li>y</li></ul>");

    [Test]
    public void ShouldUnwrapContent_WhenContainerIsUnknown() =>
        Sanitizer.Sanitize("<custom-box><label>Name</label> <nobr>kept</nobr></custom-box>").ShouldBe("Name kept");

    [Test]
    public void ShouldTurnSectionsIntoDivs_WhenDocumentUsesHtml5Containers() =>
        Sanitizer.Sanitize("<article><header>Head</header><section>Body</section><form action=\"/x\"><fieldset>Form</fieldset></form></article>")
            .ShouldBe("<div><div>Head</div><div>Body</div><div>Form</div></div>");

    [Test]
    public void ShouldKeepRawTextAsEscapedPre_WhenElementIsXmp() =>
        Sanitizer.Sanitize("<xmp><b>not bold</b></xmp>").ShouldBe("<pre>&lt;b&gt;not bold&lt;/b&gt;</pre>");

    [Test]
    public void ShouldKeepTheLeadingNewline_WhenPreContentStartsWithABlankLine()
    {
        string output = Sanitizer.Sanitize("<pre>\n\nsecond line</pre>");

        using var document = SafeHtml.Parse(output);
        document.QuerySelector("pre")!.TextContent.ShouldBe("\nsecond line");
    }

    [Test]
    public void ShouldEscapeText_WhenItLooksLikeMarkup() =>
        Sanitizer.Sanitize("<p>1 &lt; 2 &amp;&amp; 3 &gt; 2&nbsp;ok \"quoted\"</p>")
            .ShouldBe("<p>1 &lt; 2 &amp;&amp; 3 &gt; 2&nbsp;ok \"quoted\"</p>");

    [Test]
    public void ShouldEscapeAttributeValues_WhenTheyContainQuotesOrBrackets() =>
        Sanitizer.Sanitize("<abbr title='say \"hi\" &lt;b&gt;'>x</abbr>")
            .ShouldBe("<abbr title=\"say &quot;hi&quot; &lt;b&gt;\">x</abbr>");

    [Test]
    public void ShouldDropComments_WhenMarkupContainsThem() =>
        Sanitizer.Sanitize("<p>a<!-- secret -->b</p><!--[if mso]><p>outlook</p><![endif]-->").ShouldBe("<p>ab</p>");

    [Test]
    public void ShouldReturnEmpty_WhenInputIsEmpty() => Sanitizer.Sanitize(string.Empty).ShouldBeEmpty();

    [Test]
    public void ShouldEscapePlainText_WhenInputHasNoMarkup() =>
        Sanitizer.Sanitize("Dear team,\nplease check 1 < 2 & that.").ShouldBe("Dear team,\nplease check 1 &lt; 2 &amp; that.");
}
