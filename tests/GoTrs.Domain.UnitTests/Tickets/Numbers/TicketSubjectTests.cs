using GoTrs.Domain.Tickets.Numbers;

namespace GoTrs.Domain.UnitTests.Tickets.Numbers;

public sealed class TicketSubjectTests
{
    private const string Tn = "2024031510000019";
    private static readonly TicketSubject Subjects = new(new TicketNumberOptions());

    [TestCase(TicketSubjectAction.New, "[Ticket#2024031510000019] Printer on fire")]
    [TestCase(TicketSubjectAction.Reply, "Re: [Ticket#2024031510000019] Printer on fire")]
    [TestCase(TicketSubjectAction.Forward, "Fwd: [Ticket#2024031510000019] Printer on fire")]
    public void ShouldPutHookLeft_WhenBuildingWithDefaults(TicketSubjectAction action, string expected) =>
        Subjects.Build(Tn, "Printer on fire", action).ShouldBe(expected);

    [Test]
    public void ShouldNotStackPrefixesOrHooks_WhenReplyingToAReply() =>
        Subjects.Build(Tn, "RE: Re: [Ticket#2024031510000019] Printer on fire", TicketSubjectAction.Reply)
            .ShouldBe("Re: [Ticket#2024031510000019] Printer on fire");

    [TestCase(TicketSubjectFormat.Right, "Re: Printer on fire [Ticket#2024031510000019]")]
    [TestCase(TicketSubjectFormat.None, "Re: Printer on fire")]
    public void ShouldPlaceHookAsConfigured_WhenFormatIsRightOrNone(TicketSubjectFormat format, string expected) =>
        new TicketSubject(new TicketNumberOptions { SubjectFormat = format })
            .Build(Tn, "Printer on fire", TicketSubjectAction.Reply).ShouldBe(expected);

    [TestCase("[Ticket#2024031510000019] hello")]
    [TestCase("[ Ticket#: 2024031510000019 ] hello")]
    [TestCase("[Ticket#:2024031510000019]hello")]
    [TestCase("Ticket#2024031510000019 hello")]
    [TestCase("Re: [Ticket#2024031510000019] hello")]
    [TestCase("RE[2]: Fwd: re: hello ")]
    [TestCase("  Re: hello [Ticket#2024031510000019]")]
    public void ShouldLeaveTheBareSubject_WhenCleaningHooksAndPrefixes(string subject) =>
        Subjects.Clean(Tn, subject).ShouldBe("hello");

    [Test]
    public void ShouldKeepOtherTicketsHooks_UnlessCleanAllNumbersIsOn()
    {
        const string subject = "[Ticket#2024031510000028] hello";

        Subjects.Clean(Tn, subject).ShouldBe(subject);
        new TicketSubject(new TicketNumberOptions { SubjectCleanAllNumbers = true }).Clean(Tn, subject).ShouldBe("hello");
    }

    [Test]
    public void ShouldKeepReInsideTheText_WhenItIsNotALeadingPrefix() =>
        Subjects.Clean(Tn, "Printer Re: Fwd: broken; Reply: soon").ShouldBe("Printer Re: Fwd: broken; Reply: soon");

    [Test]
    public void ShouldCutToSubjectSizeWithEllipsis_WhenSubjectIsTooLong()
    {
        var cleaned = Subjects.Clean(Tn, "Re: " + new string('x', 150));

        cleaned.ShouldBe(new string('x', 100) + " [...]");
        Subjects.Clean(Tn, new string('y', 100)).ShouldBe(new string('y', 100));
        new TicketSubject(new TicketNumberOptions { SubjectSize = 0 }).Clean(Tn, new string('z', 300)).Length.ShouldBe(300);
    }

    [Test]
    public void ShouldNotSplitSurrogatePair_WhenCutFallsInsideOne()
    {
        var cleaned = Subjects.Clean(Tn, new string('x', 99) + "😀 tail");

        cleaned.ShouldBe(new string('x', 99) + " [...]");
    }
}
