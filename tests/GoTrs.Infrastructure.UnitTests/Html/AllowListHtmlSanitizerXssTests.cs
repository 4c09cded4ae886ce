using GoTrs.Infrastructure.Html;

namespace GoTrs.Infrastructure.UnitTests.Html;

/// <summary>
/// A corpus of script-injection vectors. Every output is re-parsed and must contain only allow-listed elements,
/// attributes, URLs and styles; vectors whose payload cannot survive even as text must also leave no trace of it.
/// </summary>
public sealed class AllowListHtmlSanitizerXssTests
{
    private static readonly AllowListHtmlSanitizer Sanitizer = new();

    private static readonly string[] Payload =
        ["<script", "javascript", "vbscript", "alert", "onerror", "onload", "expression", "data:text", "svg+xml", "evil"];

    private static IEnumerable<TestCaseData> Attacks() =>
    [
        Attack("script", "<script>alert(1)</script>"),
        Attack("script upper case", "<SCRIPT>alert(1)</SCRIPT>"),
        Attack("script mixed case with src", "<ScRiPt src=\"http://evil.example/x.js\"></ScRiPt>"),
        Attack("script inside div", "<div><script>alert(1)</script></div>"),
        Attack("script inside script", "<script><script>alert(1)</script>"),
        Attack("script unclosed", "<p>x</p><script>alert(1)"),
        Attack("script with attributes", "<script type=\"text/javascript\" defer>alert(1)</script>"),
        Attack("img onerror unquoted", "<img src=x onerror=alert(1)>"),
        Attack("img onerror quoted", "<img src=\"x\" onerror=\"alert(1)\">"),
        Attack("img javascript src", "<IMG SRC=\"javascript:alert(1)\">"),
        Attack("img tab in scheme", "<img src=\"jav&#x09;ascript:alert(1)\">"),
        Attack("img srcset", "<img src=\"https://ok.example/a.png\" srcset=\"javascript:alert(1) 1x\">"),
        Attack("img svg data", "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">"),
        Attack("link tab entity in scheme", "<a href=\"jav&#x09;ascript:alert(1)\">x</a>"),
        Attack("link spaced mixed case", "<a href=\" JaVaScRiPt:alert(1)\">x</a>"),
        Attack("link leading tabs and newlines", "<a href=\"\t\n javascript:alert(1)\">x</a>"),
        Attack("link newline entity", "<a href=\"java&NewLine;script:alert(1)\">x</a>"),
        Attack("link colon entity", "<a href=\"&#x6A;avascript&colon;alert(1)\">x</a>"),
        Attack("link decimal entities", "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>"),
        Attack("link entities without semicolons", "<a href=\"&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#0000058alert(1)\">x</a>"),
        Attack("link entity inside word", "<a href=\"javas&#99;ript:alert(1)\">x</a>"),
        Attack("link control character before scheme", "<a href=\"&#1;javascript:alert(1)\">x</a>"),
        Attack("link null character in scheme", "<a href=\"java&#0;script:alert(1)\">x</a>"),
        Attack("link percent encoded scheme", "<a href=\"%6Aavascript:alert(1)\">x</a>"),
        Attack("link unquoted", "<a href=javascript:alert(1)>x</a>"),
        Attack("link vbscript", "<a href=\"vbscript:msgbox(1)\">x</a>"),
        Attack("link data html base64", "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>"),
        Attack("link data html plain", "<a href=\"data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;\">x</a>"),
        Attack("link onclick", "<a href=\"#top\" onclick=\"alert(1)\">x</a>"),
        Attack("svg onload", "<svg onload=alert(1)>"),
        Attack("svg script", "<svg><script>alert(1)</script></svg>"),
        Attack("svg xlink", "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"0\">x</text></a></svg>"),
        Attack("svg style breakout", "<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">"),
        Attack("math href", "<math href=\"javascript:alert(1)\">x</math>"),
        Attack("math mglyph style", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"),
        Attack("math mi table style", "<math><mi><table><mi><style><img src onerror=alert(1)>"),
        Attack("form math mglyph", "<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>"),
        Attack("style block", "<style>body{background:url(javascript:alert(1))}</style><p>x</p>"),
        Attack("style block with markup", "<style><img src=x onerror=alert(1)></style>"),
        Attack("style attribute url", "<p style=\"background:url(javascript:alert(1))\">x</p>"),
        Attack("style attribute quoted url", "<p style=\"background-image: url(&quot;javascript:alert(1)&quot;)\">x</p>"),
        Attack("style attribute expression", "<div style=\"width: expression(alert(1))\">x</div>"),
        Attack("style attribute commented expression", "<div style=\"width: exp/**/ression(alert(1))\">x</div>"),
        Attack("style attribute escaped expression", "<div style=\"width: \\65xpression(alert(1))\">x</div>"),
        Attack("style attribute behavior", "<div style=\"behavior: url(evil.htc)\">x</div>"),
        Attack("style attribute moz binding", "<div style=\"-moz-binding: url(http://evil.example/x.xml#xss)\">x</div>"),
        Attack("style attribute import", "<div style=\"@import 'http://evil.example/x.css'\">x</div>"),
        Attack("iframe srcdoc", "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>"),
        Attack("iframe javascript", "<iframe src=\"javascript:alert(1)\"></iframe>"),
        Attack("frameset", "<frameset onload=alert(1)><frame src=\"javascript:alert(1)\"></frameset>"),
        Attack("object", "<object data=\"javascript:alert(1)\"><param name=x value=evil></object>"),
        Attack("embed", "<embed src=\"javascript:alert(1)\">"),
        Attack("applet", "<applet code=\"evil.class\">alert</applet>"),
        Attack("form action", "<form action=\"javascript:alert(1)\"><input type=submit formaction=\"javascript:alert(1)\"></form>"),
        Attack("button formaction", "<button formaction=javascript:alert(1)>go</button>"),
        Attack("meta refresh", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">"),
        Attack("base href", "<base href=\"javascript:alert(1)//\"><a href=\"x\">y</a>"),
        Attack("link stylesheet", "<link rel=stylesheet href=\"javascript:alert(1)\">"),
        Attack("comment hiding markup", "<!--<img src=x onerror=alert(1)>-->"),
        Attack("conditional comment", "<!--[if gte IE 4]><script>alert(1)</script><![endif]-->"),
        Attack("downlevel revealed conditional comment", "<![if !IE]><script>alert(1)</script><![endif]>"),
        Attack("comment closing early", "<!-- --!><script>alert(1)</script> -->"),
        Attack("processing instruction", "<?xml-stylesheet href=\"javascript:alert(1)\"?>"),
        Attack("unclosed tag at end", "<p>x</p><img src=\"x\" onerror=\"alert(1)\""),
        Attack("unclosed element with handler", "<p onmouseover=alert(1)>x"),
        Attack("slash separated attributes", "<svg/onload=alert(1)>"),
        Attack("noscript style mutation", "<noscript><style></noscript><img src=x onerror=alert(1)></style>"),
        Attack("template", "<template><script>alert(1)</script><img src=x onerror=alert(1)></template>"),
        Attack("body onload", "<body onload=alert(1)>x</body>"),
        Attack("table background", "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>"),
        Attack("blockquote cite", "<blockquote cite=\"javascript:alert(1)\">x</blockquote>"),
        Attack("data attributes and ids", "<div id=\"evil\" class=\"evil\" name=\"evil\" data-x=\"alert(1)\">x</div>"),
        Attack("textarea", "<textarea><script>alert(1)</script></textarea>"),
        Attack("title", "<title><script>alert(1)</script></title>"),
        Attack("select", "<select><option><img src=x onerror=alert(1)></option></select>"),
        Attack("video source", "<video><source onerror=\"alert(1)\"></video>"),
        Attack("audio", "<audio src=x onerror=alert(1)>"),
        Attack("details ontoggle", "<details open ontoggle=alert(1)>x</details>"),
        Attack("marquee onstart", "<marquee onstart=alert(1)>x</marquee>"),
        Attack("isindex", "<isindex action=javascript:alert(1) type=image>"),
        Attack("input autofocus onfocus", "<input autofocus onfocus=alert(1)>"),
        Attack("event handler in uppercase", "<B ONMOUSEOVER=\"alert(1)\">x</B>"),
        Attack("event handler after slash", "<b/onclick=alert(1)>x</b>"),
        Attack("duplicate attributes", "<a href=\"https://ok.example/\" href=\"javascript:alert(1)\">x</a>"),
    ];

    /// <summary>Vectors whose payload legitimately survives as inert text: escaped content, a title, a relative URL.</summary>
    private static IEnumerable<TestCaseData> AttacksLeavingText() =>
    [
        Attack("split script tag", "<scr<script>ipt>alert(1)</scr</script>ipt>"),
        Attack("cdata section", "<![CDATA[<script>alert(1)</script>]]>"),
        Attack("xmp raw text", "<xmp><script>alert(1)</script></xmp>"),
        Attack("plaintext raw text", "<plaintext><script>alert(1)</script>"),
        Attack("stray angle brackets", "<<script>alert(1)//<</script>"),
        Attack("backtick attribute", "<img src=`x`onerror=alert(1)>"),
        Attack("escaped markup", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        Attack("attribute without quotes or spaces", "<img/src=x/onerror=alert(1)>"),
        Attack("noscript title mutation", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>"),
        Attack("angle bracket in attribute", "<p title=\"&lt;script&gt;alert(1)&lt;/script&gt;\">x</p>"),
    ];

    [TestCaseSource(nameof(Attacks))]
    public void ShouldRemoveEveryTraceOfThePayload_WhenInputIsAnXssVector(string html)
    {
        string output = Sanitizer.Sanitize(html);

        SafeHtml.ShouldBeSafe(output);
        foreach (string fragment in Payload)
        {
            output.ShouldNotContain(fragment, Case.Insensitive);
        }
    }

    [TestCaseSource(nameof(AttacksLeavingText))]
    public void ShouldKeepThePayloadOnlyAsText_WhenInputIsAnXssVectorMadeOfText(string html)
    {
        string output = Sanitizer.Sanitize(html);

        SafeHtml.ShouldBeSafe(output);
        output.ShouldNotContain("<script", Case.Insensitive);
    }

    [TestCaseSource(nameof(Attacks))]
    [TestCaseSource(nameof(AttacksLeavingText))]
    public void ShouldBeStable_WhenOutputIsSanitizedAgain(string html)
    {
        string once = Sanitizer.Sanitize(html);

        Sanitizer.Sanitize(once).ShouldBe(once);
    }

    [TestCaseSource(nameof(Attacks))]
    public void ShouldLeaveNoPayloadInPlainText_WhenInputIsAnXssVector(string html)
    {
        string text = Sanitizer.ToPlainText(html);

        text.ShouldNotContain("<script", Case.Insensitive);
        text.ShouldNotContain("javascript", Case.Insensitive);
    }

    private static TestCaseData Attack(string name, string html) => new TestCaseData(html).SetArgDisplayNames(name);
}
