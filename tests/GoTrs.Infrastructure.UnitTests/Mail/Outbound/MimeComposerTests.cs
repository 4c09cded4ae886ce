using System.Text;
using GoTrs.Application.Features.Mail.Common;
using GoTrs.Application.Features.Tickets.Common;
using GoTrs.Infrastructure.Mail.Mime;
using GoTrs.Infrastructure.Mail.Outbound;

namespace GoTrs.Infrastructure.UnitTests.Mail.Outbound;

public sealed class MimeComposerTests
{
    private static OutgoingMail Mail(string subject = "Re: [Ticket#2026112110000011] Drucker brennt – schnell!", IReadOnlyList<NewAttachment>? files = null,
        IReadOnlyList<string>? references = null) => new(
        "\"Support Müller\" <support@example.com>", ["\"Jane Doe\" <jane@example.com>"], ["boss@example.com"], subject,
        "<1700000000.abc@example.com>", "<q1@client.example>", references ?? ["<q0@client.example>", "<q1@client.example>"],
        "Grüße,\nbitte den Stecker ziehen.\n.\nEnde", false, new DateTimeOffset(2026, 11, 21, 8, 0, 0, TimeSpan.Zero), files ?? [],
        [new("Auto-Submitted", "auto-replied")]);

    [Test]
    public void ShouldBeReadBackByOurParser_WhenTextAndHeadersAreNotAscii()
    {
        var parsed = MimeParser.Parse(new MimeComposer().Compose(Mail()));

        parsed.Subject.ShouldBe("Re: [Ticket#2026112110000011] Drucker brennt – schnell!");
        parsed.From.Single().ShouldBe(new MailboxAddress("Support Müller", "support@example.com"));
        parsed.To.Single().Address.ShouldBe("jane@example.com");
        parsed.Cc.Single().Address.ShouldBe("boss@example.com");
        parsed.MessageId.ShouldBe("<1700000000.abc@example.com>");
        parsed.InReplyTo.ShouldBe("<q1@client.example>");
        parsed.References.ShouldBe(["<q0@client.example>", "<q1@client.example>"]);
        parsed.AutoSubmitted.ShouldBe("auto-replied");
        parsed.TextBody.Replace("\r\n", "\n").ShouldBe("Grüße,\nbitte den Stecker ziehen.\n.\nEnde");
        parsed.Problems.ShouldBeEmpty();
    }

    [Test]
    public void ShouldCarryAttachmentsByteForByte_WhenFilesAreAdded()
    {
        var pdf = Enumerable.Range(0, 5000).Select(i => (byte)(i * 7)).ToArray();
        var files = new[] { new NewAttachment("Bericht über Ausfall.pdf", "application/pdf", pdf) };

        var parsed = MimeParser.Parse(new MimeComposer().Compose(Mail(files: files)));

        var attachment = parsed.Attachments.ShouldHaveSingleItem();
        attachment.FileName.ShouldBe("Bericht über Ausfall.pdf");
        attachment.Content.ToArray().ShouldBe(pdf);
        parsed.TextBody.ShouldContain("Stecker");
    }

    [Test]
    public void ShouldKeepEveryHeaderLineWithin78Characters_WhenReferencesAreLong()
    {
        var references = Enumerable.Range(0, 30).Select(i => $"<message-{i}@client.example>").ToList();

        var text = Encoding.UTF8.GetString(new MimeComposer().Compose(Mail(references: references)));

        var head = text[..text.IndexOf("\r\n\r\n", StringComparison.Ordinal)].Split("\r\n");
        head.ShouldAllBe(line => line.Length <= 78);
        MimeParser.Parse(Encoding.UTF8.GetBytes(text)).References.ShouldBe(references);
    }

    [Test]
    public void ShouldWriteEveryMailboxOfAnEntry_WhenNamesHoldCommasQuotesAndBackslashes()
    {
        var mail = Mail() with { To = ["\"Doe, John\" <john@example.com>, \"A \\\"B\\\" C\\\\D\" <abc@example.com>"], Cc = [] };

        var parsed = MimeParser.Parse(new MimeComposer().Compose(mail));

        parsed.To.ShouldBe([new MailboxAddress("Doe, John", "john@example.com"), new MailboxAddress("A \"B\" C\\D", "abc@example.com")]);
    }

    [Test]
    public void ShouldEndEveryLineWithCrLf_WhenBodyHasBareLineFeeds()
    {
        var bytes = new MimeComposer().Compose(Mail());

        for (var i = 0; i < bytes.Length; i++)
            if (bytes[i] == (byte)'\n') bytes[i - 1].ShouldBe((byte)'\r');
    }
}
