using GoTrs.Infrastructure.Html;

namespace GoTrs.Infrastructure.UnitTests.Html;

/// <summary>Inline CSS keeps allow-listed properties with plain values; everything else is dropped per declaration.</summary>
public sealed class AllowListHtmlSanitizerStyleTests
{
    private static readonly AllowListHtmlSanitizer Sanitizer = new();

    private static string? StyleOf(string style)
    {
        string output = Sanitizer.Sanitize($"<p style=\"{style}\">x</p>");
        using var document = SafeHtml.Parse(output);
        return document.QuerySelector("p")!.GetAttribute("style");
    }

    [TestCase("color: red", "color: red")]
    [TestCase("COLOR:#FF0000;", "color: #FF0000")]
    [TestCase("background-color: rgba(0, 0, 0, 0.5)", "background-color: rgba(0, 0, 0, 0.5)")]
    [TestCase("font-family: 'Segoe UI', Arial, sans-serif; font-size: 11pt", "font-family: 'Segoe UI', Arial, sans-serif; font-size: 11pt")]
    [TestCase("font: bold 12px/1.5 Calibri", "font: bold 12px/1.5 Calibri")]
    [TestCase("margin: 0 0 10px 0; padding-left: 2em", "margin: 0 0 10px 0; padding-left: 2em")]
    [TestCase("border: 1px solid #ccc; border-bottom-width: 2px; border-collapse: collapse", "border: 1px solid #ccc; border-bottom-width: 2px; border-collapse: collapse")]
    [TestCase("text-align: center; text-decoration: underline; vertical-align: top", "text-align: center; text-decoration: underline; vertical-align: top")]
    [TestCase("width: 100%; max-width: 600px; line-height: 1.4; white-space: nowrap", "width: 100%; max-width: 600px; line-height: 1.4; white-space: nowrap")]
    [TestCase("list-style-type: square; display: none", "list-style-type: square; display: none")]
    [TestCase("color: red !important", "color: red !important")]
    [TestCase("font-family: 微软雅黑", "font-family: 微软雅黑")]
    [TestCase("color:\n  blue", "color: blue")]
    public void ShouldKeepTheDeclaration_WhenPropertyAndValueAreAllowed(string style, string expected) =>
        StyleOf(style).ShouldBe(expected);

    [TestCase("position: fixed; top: 0; left: 0; z-index: 9999")]
    [TestCase("background: url(https://tracker.example/p.gif)")]
    [TestCase("background-image: url('javascript:alert(1)')")]
    [TestCase("width: expression(alert(1))")]
    [TestCase("width: EXPRESSION(alert(1))")]
    [TestCase("width: exp/**/ression(alert(1))")]
    [TestCase("width: e\\xpression(alert(1))")]
    [TestCase("color: \\72 ed")]
    [TestCase("behavior: url(x.htc)")]
    [TestCase("-moz-binding: url(x.xml#y)")]
    [TestCase("@import url(x.css)")]
    [TestCase("color: var(--x)")]
    [TestCase("width: calc(100% - 10px)")]
    [TestCase("color: rgb(rgb(1,2,3))")]
    [TestCase("display: flex")]
    [TestCase("margin-top: -500px")]
    [TestCase("margin: 0 -.5em")]
    [TestCase("font-family: \"unterminated")]
    [TestCase("color: red /* comment")]
    [TestCase("color: red}body{color: blue")]
    [TestCase("color: <b>")]
    [TestCase("color: red !ie")]
    [TestCase("content: 'x'")]
    [TestCase("color")]
    [TestCase(":red")]
    [TestCase(";;;")]
    public void ShouldDropTheStyle_WhenNoDeclarationIsSafe(string style) => StyleOf(style).ShouldBeNull();

    [Test]
    public void ShouldKeepTheSafeDeclarations_WhenOthersAreDropped() =>
        StyleOf("color: red; background: url(javascript:alert(1)); font-weight: bold; position: fixed")
            .ShouldBe("color: red; font-weight: bold");

    [Test]
    public void ShouldNotSplitInsideStrings_WhenAQuotedValueContainsASemicolon() =>
        StyleOf("font-family: 'x;position:fixed'; color: red").ShouldBe("color: red");

    [Test]
    public void ShouldDropOnlyTheCommentedDeclaration_WhenACommentHidesASeparator() =>
        StyleOf("color: red /*; position: fixed */; font-weight: bold").ShouldBe("font-weight: bold");

    [Test]
    public void ShouldKeepTheStyle_WhenEntitiesEncodeHarmlessCharacters() =>
        StyleOf("color&#58; red").ShouldBe("color: red");
}
