using GoTrs.Domain.Tickets.Numbers;

namespace GoTrs.Domain.UnitTests.Tickets.Numbers;

public sealed class DateChecksumTicketNumberTests
{
    // Worked by hand: digits weighted 1,2,1,2,… from the left, products summed as they are, c = 10 − sum mod 10.
    //   2024-03-15 / 10 / 1:  2+0+2+8+0+6+1+10+1+0+0+0+0+0+1 = 31 → 9   (the schema doc's example)
    //   2024-03-15 / 10 / 2:  30 + 2 = 32 → 8
    //   2024-03-15 / 10 / 18: 30 + 1·2 + 8 = 40 → 10, which becomes 1
    //   2024-02-29 / 10 / 99: 2+0+2+8+0+4+2+18+1+0+0+0+0+18+9 = 64 → 6   (Luhn would have cut each 18 to 9)
    //   2023-12-31 / 10 / 123: 2+0+2+6+1+4+3+2+1+0+0+0+1+4+3 = 29 → 1
    //   2000-01-01 / 12 / 34567: 2+0+0+0+0+2+0+2+1+4+3+8+5+12+7 = 46 → 4
    [TestCase(2024, 3, 15, "10", 1, "2024031510000019")]
    [TestCase(2024, 3, 15, "10", 2, "2024031510000028")]
    [TestCase(2024, 3, 15, "10", 18, "2024031510000181")]
    [TestCase(2024, 2, 29, "10", 99, "2024022910000996")]
    [TestCase(2023, 12, 31, "10", 123, "2023123110001231")]
    [TestCase(2000, 1, 1, "12", 34567, "2000010112345674")]
    public void ShouldMatchHandComputedNumber_WhenFormatting(
        int year, int month, int day, string systemId, long counter, string expected) =>
        DateChecksumTicketNumber.Format(new DateOnly(year, month, day), systemId, counter).ShouldBe(expected);

    [Test]
    public void ShouldGrowPastMinimumSize_WhenCounterHasMoreDigits()
    {
        var number = DateChecksumTicketNumber.Format(new DateOnly(2024, 3, 15), "10", 123456);

        number.ShouldBe("20240315101234567");
        number[^1].ShouldBe(DateChecksumTicketNumber.CheckDigit("2024031510123456"));
    }

    [Test]
    public void ShouldNeverProduceZero_WhenCheckDigitIsComputedForManyCounters()
    {
        var digits = Enumerable.Range(1, 2000)
            .Select(c => DateChecksumTicketNumber.Format(new DateOnly(2024, 3, 15), "10", c)[^1])
            .ToHashSet();

        digits.ShouldNotContain('0');
        digits.Count.ShouldBe(9);
    }

    [TestCase("1a")]
    [TestCase("")]
    [TestCase("١٠")]
    public void ShouldRejectSystemId_WhenItIsNotAsciiDigits(string systemId) =>
        Should.Throw<ArgumentException>(() => DateChecksumTicketNumber.Format(new DateOnly(2024, 3, 15), systemId, 1));
}
