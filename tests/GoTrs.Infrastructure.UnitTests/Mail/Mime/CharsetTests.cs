namespace GoTrs.Infrastructure.UnitTests.Mail.Mime;

/// <summary>Body text in every charset .NET knows, their aliases, and the mislabels real mail carries.</summary>
public sealed class CharsetTests
{
    private static GoTrs.Infrastructure.Mail.Mime.MimeMessage Text(string charset, byte[] body) =>
        TestMail.Parse(TestMail.Join($"Content-Type: text/plain; charset=\"{charset}\"\nContent-Transfer-Encoding: 8bit\n", body));

    [TestCase("windows-1251", "Привет, мир")]
    [TestCase("koi8-r", "Привет, мир")]
    [TestCase("shift_jis", "こんにちは世界")]
    [TestCase("iso-2022-jp", "こんにちは世界")]
    [TestCase("euc-jp", "こんにちは世界")]
    [TestCase("gb2312", "你好，世界")]
    [TestCase("gb18030", "你好，世界")]
    [TestCase("big5", "你好，世界")]
    [TestCase("ks_c_5601-1987", "안녕하세요")]
    [TestCase("euc-kr", "안녕하세요")]
    [TestCase("iso-8859-2", "Zażółć gęślą jaźń")]
    [TestCase("iso-8859-7", "Καλημέρα")]
    [TestCase("windows-1255", "שלום")]
    [TestCase("windows-874", "สวัสดี")]
    [TestCase("ibm850", "Grüße")]
    public void ShouldDecodeText_WhenPartUsesLegacyCodePage(string charset, string text)
    {
        var message = Text(charset, TestMail.Legacy(charset).GetBytes(text));

        message.TextBody.ShouldBe(text);
        message.Problems.ShouldBeEmpty();
    }

    [TestCase("utf8", "utf-8", "Grüße")]
    [TestCase("UTF-8", "utf-8", "Grüße")]
    [TestCase("latin1", "windows-1252", "Grüße")]
    [TestCase("cp1252", "windows-1252", "Grüße")]
    [TestCase("x-mac-roman", "macintosh", "Grüße")]
    [TestCase("cp1251", "windows-1251", "Привет")]
    [TestCase("win-1251", "windows-1251", "Привет")]
    [TestCase("sjis", "shift_jis", "こんにちは")]
    public void ShouldResolveAlias_WhenCharsetIsMisspelled(string declared, string actual, string text)
    {
        var message = Text(declared, TestMail.Legacy(actual).GetBytes(text));

        message.TextBody.ShouldBe(text);
        message.Problems.ShouldBeEmpty();
    }

    [TestCase("iso-8859-1")]
    [TestCase("us-ascii")]
    public void ShouldReadWindows1252_WhenLatin1DeclaredTextUsesItsExtras(string declared)
    {
        var message = Text(declared, [0x93, 0x80, 0x20, 0x35, 0x94]);

        message.TextBody.ShouldBe("“€ 5”");
        message.Problems.ShouldBeEmpty();
    }

    [Test]
    public void ShouldReadUtf8AndRecordProblem_WhenLatin1DeclaredTextIsUtf8()
    {
        var message = Text("iso-8859-1", "Grüße"u8.ToArray());

        message.TextBody.ShouldBe("Grüße");
        message.Problems.ShouldHaveSingleItem().ShouldContain("declared as iso-8859-1 but is UTF-8");
    }

    [Test]
    public void ShouldReadWindows1252AndRecordProblem_WhenUtf8DeclaredTextIsLatin1()
    {
        var message = Text("utf-8", TestMail.Legacy("windows-1252").GetBytes("Grüße"));

        message.TextBody.ShouldBe("Grüße");
        message.Problems.ShouldHaveSingleItem().ShouldContain("decoded as windows-1252");
    }

    [Test]
    public void ShouldReplaceOnlyBadBytes_WhenUtf8TextHasOneInvalidSequence()
    {
        var message = Text("utf-8", [.. "Grüße "u8, 0xFF, .. " aus Köln"u8]);

        message.TextBody.ShouldBe("Grüße \ufffd aus Köln");
        message.Problems.ShouldHaveSingleItem().ShouldContain("invalid in utf-8");
    }

    [TestCase("x-foo", new byte[] { 0x47, 0x72, 0xC3, 0xBC, 0xC3, 0x9F, 0x65 }, "decoded as utf-8")]
    [TestCase("x-foo", new byte[] { 0x47, 0x72, 0xFC, 0xDF, 0x65 }, "decoded as windows-1252")]
    public void ShouldFallBackAndRecordProblem_WhenCharsetIsUnknown(string declared, byte[] body, string how)
    {
        var message = Text(declared, body);

        message.TextBody.ShouldBe("Grüße");
        message.Problems.ShouldHaveSingleItem().ShouldBe($"unknown charset x-foo in text/plain part, {how}");
    }

    [Test]
    public void ShouldRecordProblem_WhenEightBitTextDeclaresNoCharset()
    {
        var message = TestMail.Parse(TestMail.Join("Subject: x\n", "Grüße"u8.ToArray()));

        message.TextBody.ShouldBe("Grüße");
        message.Problems.ShouldHaveSingleItem().ShouldContain("without a charset");
    }
}
