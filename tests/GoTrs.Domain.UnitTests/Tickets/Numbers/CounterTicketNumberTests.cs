using GoTrs.Domain.Tickets.Numbers;

namespace GoTrs.Domain.UnitTests.Tickets.Numbers;

public sealed class CounterTicketNumberTests
{
    private static readonly DateOnly March15 = new(2024, 3, 15);

    [TestCase(1, false, "20240315101")]
    [TestCase(1, true, "202403151000001")]
    [TestCase(123456, true, "2024031510123456")]
    [TestCase(42, false, "202403151042")]
    public void ShouldPadOnlyWhenFormattedCounterIsOn_WhenFormattingDate(long counter, bool formatted, string expected) =>
        DateTicketNumber.Format(March15, "10", counter, formatted).ShouldBe(expected);

    [TestCase(1, 5, "1000001")]
    [TestCase(42, 5, "1000042")]
    [TestCase(123456, 5, "10123456")]
    [TestCase(7, 8, "1000000007")]
    public void ShouldPadToMinCounterSize_WhenFormattingAutoIncrement(long counter, int minSize, string expected) =>
        AutoIncrementTicketNumber.Format("10", counter, minSize).ShouldBe(expected);

    [TestCase(0, "100000000000")]
    [TestCase(123456789, "100123456789")]
    [TestCase(9_999_999_998, "109999999998")]
    public void ShouldPadToTenDigits_WhenFormattingRandom(long random, string expected) =>
        RandomTicketNumber.Format("10", random).ShouldBe(expected);

    [Test]
    public void ShouldRejectRandomPart_WhenItReachesTheBound() =>
        Should.Throw<ArgumentOutOfRangeException>(() => RandomTicketNumber.Format("10", RandomTicketNumber.Bound));

    [TestCase("1000042", 42)]
    [TestCase("10000000", 0)]
    [TestCase("10123456", 123456)]
    [TestCase("2024031510000019", 0)]
    [TestCase("20240315101", 0)]
    [TestCase("TN-42", 0)]
    [TestCase(null, 0)]
    public void ShouldContinueFromLastAutoIncrementCounter_WhenSeedingFromTicketNumber(string? lastNumber, long expected) =>
        AutoIncrementTicketNumber.SeedFrom(lastNumber, "10").ShouldBe(expected);

    [Test]
    public void ShouldFollowTheConfiguredGenerator_WhenFormattingThroughOptions()
    {
        string Format(TicketNumberGeneratorKind kind) =>
            new TicketNumberFormat(new TicketNumberOptions { NumberGenerator = kind, SystemId = "77" }).Format(March15, 3);

        Format(TicketNumberGeneratorKind.DateChecksum).ShouldBe(DateChecksumTicketNumber.Format(March15, "77", 3));
        Format(TicketNumberGeneratorKind.Date).ShouldBe("20240315773");
        Format(TicketNumberGeneratorKind.AutoIncrement).ShouldBe("7700003");
        Should.Throw<InvalidOperationException>(() => Format(TicketNumberGeneratorKind.Random));
    }

    [Test]
    public void ShouldListEveryProblem_WhenOptionsAreUnusable()
    {
        var options = new TicketNumberOptions { SystemId = "x1", MinCounterSize = 0, Hook = "", TimeZone = "Mars/Olympus" };

        options.Problems().Count.ShouldBe(4);
        Should.Throw<ArgumentException>(() => new TicketNumberFormat(options)).Message.ShouldContain("SystemId");
    }
}
