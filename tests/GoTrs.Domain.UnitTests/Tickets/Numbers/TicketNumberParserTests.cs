using GoTrs.Domain.Tickets.Numbers;

namespace GoTrs.Domain.UnitTests.Tickets.Numbers;

public sealed class TicketNumberParserTests
{
    private static readonly TicketNumberParser DateChecksum = new(new TicketNumberOptions());

    [TestCase("Re: [Ticket#2024031510000019] hello")]
    [TestCase("Ticket#: 2024031510000019 printer on fire")]
    [TestCase("Ticket#:2024031510000019")]
    [TestCase("AW: [TICKET#2024031510000019] hallo")]
    [TestCase("see ticket#2024031510000019.")]
    public void ShouldFindTheNumber_WhenSubjectCarriesAHook(string subject) =>
        DateChecksum.Find(subject).ShouldBe("2024031510000019");

    [TestCase("[Ticket#2024031511000019] other system")]
    [TestCase("2024031510000019 without hook")]
    [TestCase("Ticket#: 202403151")]
    [TestCase("Ticket#:   2024031510000019 three spaces")]
    [TestCase("")]
    [TestCase(null)]
    public void ShouldFindNothing_WhenNoHookWithThisSystemsNumberIsThere(string? subject) =>
        DateChecksum.Find(subject).ShouldBeNull();

    [Test]
    public void ShouldPreferHookWithDivider_WhenBothSpellingsOccur() =>
        DateChecksum.Find("Ticket#: 2024031510000028 and [Ticket#2024031510000019]").ShouldBe("2024031510000019");

    [Test]
    public void ShouldTakeTheFirstHook_WhenSeveralNumbersOccur() =>
        DateChecksum.Find("[Ticket#2024031510000028] merged into [Ticket#2024031510000019]").ShouldBe("2024031510000028");

    [TestCase("Re: [Ticket#1000042] hello", "1000042")]
    [TestCase("[Ticket#1012345678901] long", "101234567890")]
    [TestCase("[Ticket#100042] too short", null)]
    [TestCase("[Ticket#2000042] other system", null)]
    public void ShouldUseMinCounterSizeRange_WhenGeneratorIsAutoIncrement(string subject, string? expected) =>
        Parser(TicketNumberGeneratorKind.AutoIncrement).Find(subject).ShouldBe(expected);

    [TestCase(TicketNumberGeneratorKind.Date, "[Ticket#20240315101] x", "20240315101")]
    [TestCase(TicketNumberGeneratorKind.Random, "[Ticket#100123456789] x", "100123456789")]
    [TestCase(TicketNumberGeneratorKind.Random, "[Ticket#110123456789] x", null)]
    public void ShouldUseTheGeneratorsPattern_WhenGeneratorIsDateOrRandom(
        TicketNumberGeneratorKind kind, string subject, string? expected) =>
        Parser(kind).Find(subject).ShouldBe(expected);

    [Test]
    public void ShouldHonourDivider_WhenHookDividerIsConfigured()
    {
        var parser = new TicketNumberParser(new TicketNumberOptions { Hook = "Case", HookDivider = "-" });

        parser.Find("[Case-2024031510000019] x").ShouldBe("2024031510000019");
        parser.Find("Case: 2024031510000019").ShouldBe("2024031510000019");
        parser.Find("[Case2024031510000019] x").ShouldBeNull();
    }

    private static TicketNumberParser Parser(TicketNumberGeneratorKind kind) =>
        new(new TicketNumberOptions { NumberGenerator = kind });
}
