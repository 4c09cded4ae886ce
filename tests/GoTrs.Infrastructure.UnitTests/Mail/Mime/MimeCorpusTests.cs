using GoTrs.Infrastructure.Mail.Mime;

namespace GoTrs.Infrastructure.UnitTests.Mail.Mime;

/// <summary>Every corpus message parses to what its <c>.expected.json</c> says a user would see.</summary>
public sealed class MimeCorpusTests
{
    private static IEnumerable<TestCaseData> CorpusMessages() =>
        MimeCorpus.MessageNames().Select(name => new TestCaseData(name).SetArgDisplayNames(name));

    [TestCaseSource(nameof(CorpusMessages))]
    public void ShouldMatchExpectedParse_WhenParsingCorpusMessage(string name)
    {
        var expected = ExpectedParse.Load(MimeCorpus.ExpectedPath(name));
        var message = MimeParser.Parse(MimeCorpus.Read(name));

        message.ShouldSatisfyAllConditions(
            () => message.Subject.ShouldBe(expected.Subject),
            () => message.From.FirstOrDefault()?.Address.ShouldBe(expected.From),
            () => { if (expected.FromName is not null) message.From[0].DisplayName.ShouldBe(expected.FromName); },
            () => message.To.Count.ShouldBe(expected.ToCount),
            () => { if (expected.CcCount is { } cc) message.Cc.Count.ShouldBe(cc); },
            () => message.MessageId.ShouldBe(expected.MessageId),
            () => message.InReplyTo.ShouldBe(expected.InReplyTo),
            () => message.References.Count.ShouldBe(expected.ReferencesCount),
            () => { if (expected.Date is { } date) message.Date.ShouldBe(date); },
            () => { if (expected.Date is { } date) message.Date?.Offset.ShouldBe(date.Offset); },
            () => message.TextBody.ShouldStartWith(expected.TextStartsWith, Case.Sensitive),
            () => { foreach (var text in expected.TextContains ?? []) message.TextBody.ShouldContain(text, Case.Sensitive); },
            () => (message.HtmlBody is not null).ShouldBe(expected.HtmlPresent),
            () => message.Problems.Any().ShouldBe(expected.HasProblems, string.Join("; ", message.Problems)),
            () => { foreach (var problem in expected.ProblemContains ?? []) message.Problems.ShouldContain(actual => actual.Contains(problem, StringComparison.Ordinal)); },
            () => { if (expected.AutoSubmitted is not null) message.AutoSubmitted.ShouldBe(expected.AutoSubmitted); },
            () => { if (expected.Precedence is not null) message.Precedence.ShouldBe(expected.Precedence); },
            () => { if (expected.ListId is not null) message.ListId.ShouldBe(expected.ListId); },
            () => { if (expected.XLoop is not null) message.XLoop.ShouldBe(expected.XLoop); },
            () => Describe(message.Attachments, expected.Attachments).ShouldBe(expected.Attachments.Select(Describe).ToArray()));
    }

    [Test]
    public void ShouldHoldAtLeastSixtyMessagesWithExpectations_WhenCorpusIsLoaded()
    {
        var names = MimeCorpus.MessageNames().ToList();

        names.Count.ShouldBeGreaterThanOrEqualTo(60);
        names.ShouldAllBe(name => File.Exists(MimeCorpus.ExpectedPath(name)));
    }

    // Inline and the nested message's subject are compared only where the expectation names them.
    private static string[] Describe(IReadOnlyList<MimeAttachment> attachments, IReadOnlyList<ExpectedAttachment> expected) =>
        attachments.Select((attachment, i) => Describe(new ExpectedAttachment(
            attachment.FileName,
            attachment.ContentType.MimeType,
            attachment.Size,
            attachment.ContentId,
            i < expected.Count && expected[i].Inline is not null ? attachment.IsInline : null,
            i < expected.Count && expected[i].MessageSubject is not null ? attachment.Message?.Subject : null))).ToArray();

    private static string Describe(ExpectedAttachment attachment) =>
        $"{attachment.FileName ?? "(no name)"} | {attachment.ContentType} | {attachment.Size} bytes | cid {attachment.ContentId ?? "-"}"
        + (attachment.Inline is { } inline ? (inline ? " | inline" : " | not inline") : string.Empty)
        + (attachment.MessageSubject is { } subject ? $" | message \"{subject}\"" : string.Empty);
}
