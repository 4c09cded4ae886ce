using System.Text;
using GoTrs.Infrastructure.Mail.Mime;

namespace GoTrs.Infrastructure.UnitTests.Mail.Mime;

/// <summary>Deep nesting is read up to <see cref="MimeParser.MaxDepth"/> and kept raw below it, without exhausting the stack.</summary>
public sealed class NestingTests
{
    private static byte[] NestedMultiparts(int depth)
    {
        var message = new StringBuilder();
        for (int level = 0; level < depth; level++)
        {
            message.Append($"Content-Type: multipart/mixed; boundary=\"level{level}\"\r\n\r\n--level{level}\r\n");
        }

        message.Append("Content-Type: text/plain\r\n\r\ninnermost\r\n");
        for (int level = depth - 1; level >= 0; level--)
        {
            message.Append($"--level{level}--\r\n");
        }

        return Encoding.ASCII.GetBytes(message.ToString());
    }

    private static byte[] NestedMessages(int depth)
    {
        var message = new StringBuilder();
        for (int level = 0; level < depth; level++)
        {
            message.Append($"Subject: level {level}\r\nContent-Type: message/rfc822\r\n\r\n");
        }

        return Encoding.ASCII.GetBytes(message.Append("Subject: innermost\r\n\r\ninnermost\r\n").ToString());
    }

    [Test]
    public void ShouldReachInnermostText_WhenNestingIsWithinLimit()
    {
        var message = MimeParser.Parse(NestedMultiparts(30));

        message.TextBody.ShouldBe("innermost");
        message.Problems.ShouldBeEmpty();
    }

    [TestCase(MimeParser.MaxDepth + 1)]
    [TestCase(20_000)]
    public void ShouldKeepDeepPartsRaw_WhenMultipartsNestBeyondLimit(int depth)
    {
        var message = MimeParser.Parse(NestedMultiparts(depth));

        message.ShouldHaveNoInternalErrors();
        message.Problems.ShouldContain($"multipart/mixed nested deeper than {MimeParser.MaxDepth} levels, kept as raw content");
        message.Attachments.ShouldHaveSingleItem().Content.Length.ShouldBeGreaterThan(0);
    }

    [Test]
    public void ShouldKeepDeepMessagesRaw_WhenForwardsNestBeyondLimit()
    {
        var message = MimeParser.Parse(NestedMessages(20_000));
        int depth = 0;
        for (var current = message; current.Attachments.FirstOrDefault()?.Message is { } nested; current = nested)
        {
            depth++;
        }

        message.ShouldHaveNoInternalErrors();
        depth.ShouldBe(MimeParser.MaxDepth);
    }

    [Test]
    public void ShouldParseNestedMessage_WhenForwardedAsAttachment()
    {
        var message = TestMail.Parse("""
            Subject: outer
            Content-Type: multipart/mixed; boundary=b

            --b
            Content-Type: text/plain

            see attached
            --b
            Content-Type: message/rfc822

            From: inner@example.com
            Subject: inner
            Message-ID: <inner@example.com>

            inner text
            --b--
            """);

        var forwarded = message.Attachments.ShouldHaveSingleItem();
        forwarded.Message!.Subject.ShouldBe("inner");
        forwarded.Message.MessageId.ShouldBe("<inner@example.com>");
        forwarded.Message.TextBody.ShouldBe("inner text");
        Encoding.ASCII.GetString(forwarded.Content.Span).ShouldStartWith("From: inner@example.com\r\n");
    }
}
