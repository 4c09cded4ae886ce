using GoTrs.Application.Features.Mail.Common;
using GoTrs.Application.Features.Mail.Inbound;
using GoTrs.Domain.Tickets.Numbers;

namespace GoTrs.Application.UnitTests.Mail;

public sealed class ThreadKeysTests
{
    private static readonly TicketNumberParser Numbers = new(new TicketNumberOptions());

    private static HashSet<string> Keys(InboundMail mail) => ThreadKeys.Of(mail, Numbers);

    [Test]
    public void ShouldShareKey_WhenMessageAnswersAnother()
    {
        var question = Keys(new InboundMail { MessageId = "<Q1@client.example>", FromAddress = "alice@example.com" });
        var answer = Keys(new InboundMail { InReplyTo = "<q1@client.example>", FromAddress = "bob@example.com" });

        question.Overlaps(answer).ShouldBeTrue();
    }

    [Test]
    public void ShouldShareKey_WhenOnlyReferencesOrBouncedIdLinkThem()
    {
        var ours = Keys(new InboundMail { MessageId = "<ours@gotrs>" });

        ours.Overlaps(Keys(new InboundMail { References = ["<other@x>", "<ours@gotrs>"] })).ShouldBeTrue();
        ours.Overlaps(Keys(new InboundMail { IsBounce = true, BouncedMessageId = "<ours@gotrs>" })).ShouldBeTrue();
    }

    [Test]
    public void ShouldShareKey_WhenSubjectsNameTheSameTicket()
    {
        var first = Keys(new InboundMail { Subject = "RE: [Ticket#2026112110000011] printer", FromAddress = "a@example.com" });
        var second = Keys(new InboundMail { Subject = "AW: [Ticket#2026112110000011] printer", FromAddress = "b@example.com" });

        first.Overlaps(second).ShouldBeTrue();
    }

    [Test]
    public void ShouldShareKey_WhenSenderIsTheSame() =>
        Keys(new InboundMail { Subject = "one", FromAddress = "Alice@Example.com" })
            .Overlaps(Keys(new InboundMail { Subject = "two", FromAddress = "alice@example.com" })).ShouldBeTrue();

    [Test]
    public void ShouldShareNothing_WhenMessagesAreUnrelated() =>
        Keys(new InboundMail { MessageId = "<a@x>", Subject = "[Ticket#2026112110000011]", FromAddress = "a@example.com" })
            .Overlaps(Keys(new InboundMail { MessageId = "<b@x>", Subject = "[Ticket#2026112110000022]", FromAddress = "b@example.com" }))
            .ShouldBeFalse();
}
