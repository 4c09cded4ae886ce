namespace GoTrs.Infrastructure.UnitTests.Mail.Mime;

/// <summary>RFC 2047 encoded words in unstructured headers, as the subject line shows them.</summary>
public sealed class EncodedWordTests
{
    [TestCase("=?UTF-8?B?w6TDtsO8?=", "äöü")]
    [TestCase("=?utf-8?b?w6TDtsO8?=", "äöü")]
    [TestCase("=?iso-8859-1?q?caf=E9_au_lait?=", "café au lait")]
    [TestCase("=?ISO-8859-15?Q?Preis_=A4_5?=", "Preis € 5")]
    [TestCase("=?windows-1252?Q?=93quoted=94?=", "“quoted”")]
    public void ShouldDecodeWord_WhenSubjectIsEncoded(string subject, string expected) =>
        TestMail.WithHeaders($"Subject: {subject}").Subject.ShouldBe(expected);

    [TestCase("=?utf-8?q?Hello?= =?utf-8?q?World?=", "HelloWorld")]
    [TestCase("=?utf-8?q?Hello_?=\n =?utf-8?q?World?=", "Hello World")]
    [TestCase("=?utf-8?q?Hello?=\n\t=?iso-8859-1?q?W=F6rld?=", "HelloWörld")]
    public void ShouldDropWhitespace_WhenEncodedWordsAreAdjacent(string subject, string expected) =>
        TestMail.WithHeaders($"Subject: {subject}").Subject.ShouldBe(expected);

    [Test]
    public void ShouldKeepText_WhenPlainWordsSeparateEncodedWords() =>
        TestMail.WithHeaders("Subject: =?utf-8?q?Gr=C3=BC=C3=9Fe?= aus =?utf-8?q?K=C3=B6ln?=").Subject.ShouldBe("Grüße aus Köln");

    [Test]
    public void ShouldJoinBytes_WhenMultiByteCharacterIsSplitAcrossWords()
    {
        // 🎉 is F0 9F 8E 89; the first word ends after two of its bytes.
        var message = TestMail.WithHeaders("Subject: =?UTF-8?B?UGFydHkg8J8=?=\n =?UTF-8?B?jok=?=");

        message.Subject.ShouldBe("Party 🎉");
        message.Problems.ShouldBeEmpty();
    }

    [Test]
    public void ShouldDecodeLegacyCharset_WhenWordUsesKoi8r() =>
        TestMail.WithHeaders("Subject: =?koi8-r?B?8NLJ18XU?=").Subject.ShouldBe("Привет");

    [TestCase("Re:=?utf-8?q?=C3=A4?=", "Re:ä")]
    [TestCase("=?utf-8*de?q?Gr=C3=BC=C3=9Fe?=", "Grüße")]
    [TestCase("=?utf-8?Q?a=3Fb?=", "a?b")]
    public void ShouldDecode_WhenClientsBendTheRules(string subject, string expected) =>
        TestMail.WithHeaders($"Subject: {subject}").Subject.ShouldBe(expected);

    [TestCase("=?utf-8?X?abc?=")]
    [TestCase("=?utf-8?B?w6Q")]
    [TestCase("=? utf-8?q?a?=")]
    [TestCase("2 =? 3")]
    public void ShouldKeepTextAsWritten_WhenEncodedWordIsMalformed(string subject) =>
        TestMail.WithHeaders($"Subject: {subject}").Subject.ShouldBe(subject);

    [Test]
    public void ShouldKeepRawValue_WhenHeaderIsDecoded()
    {
        var subject = TestMail.WithHeaders("Subject: =?utf-8?q?caf=C3=A9?=").Headers.Get("subject")!;

        subject.RawValue.ShouldBe("=?utf-8?q?caf=C3=A9?=");
        subject.Value.ShouldBe("café");
    }

    [Test]
    public void ShouldRecordProblem_WhenEncodedWordCharsetIsUnknown()
    {
        var message = TestMail.WithHeaders("Subject: =?x-foo?q?caf=C3=A9?=");

        message.Subject.ShouldBe("café");
        message.Problems.ShouldContain(problem => problem.Contains("unknown charset x-foo", StringComparison.Ordinal));
    }
}
