using GoTrs.Domain.Tickets.Numbers;
using GoTrs.Infrastructure.UnitTests.Support;
using static GoTrs.Infrastructure.UnitTests.Tickets.TicketNumberTestData;

namespace GoTrs.Infrastructure.UnitTests.Tickets;

/// <summary>The counter protocol and the generators against the real Znuny schema (see <see cref="ZnunyTestDatabase"/>).</summary>
[TestFixture]
[NonParallelizable]
public sealed class TicketNumberGeneratorTests
{
    private static readonly DateOnly March15 = new(2024, 3, 15);

    private ZnunyTestDatabase? _database;
    private TicketNumberTestData _data = null!;

    [OneTimeSetUp]
    public async Task CreateDatabase() => _database = await ZnunyTestDatabase.CreateAsync("gotrs_ticketnumber");

    [OneTimeTearDown]
    public async Task DropDatabase()
    {
        if (_database is not null) await _database.DisposeAsync();
    }

    [SetUp]
    public async Task Reset()
    {
        _data = new TicketNumberTestData(_database!);
        await _data.ResetAsync();
    }

    [TearDown]
    public async Task DisposeData() => await _data.DisposeAsync();

    // The welcome ticket of the initial data (2021012710123456) is date-based, so AutoIncrement does not seed from it.
    [TestCase(TicketNumberGeneratorKind.DateChecksum, "2024031510000019", "2024031510000028", "2024031510000037")]
    [TestCase(TicketNumberGeneratorKind.Date, "20240315101", "20240315102", "20240315103")]
    [TestCase(TicketNumberGeneratorKind.AutoIncrement, "1000001", "1000002", "1000003")]
    public async Task ShouldDrawConsecutiveNumbers_WhenDrawingOneAfterAnother(
        TicketNumberGeneratorKind kind, string first, string second, string third)
    {
        var generator = _data.Generator(Clock(2024, 3, 15), kind);

        var numbers = new List<string>();
        for (var i = 0; i < 3; i++) numbers.Add(await generator.NextAsync(default));

        numbers.ShouldBe([first, second, third]);
        (await _data.CounterIdsAsync()).Count.ShouldBe(3);
    }

    [Test]
    public async Task ShouldDrawDistinctTwelveDigitNumbers_WhenGeneratorIsRandom()
    {
        var generator = _data.Generator(Clock(2024, 3, 15), TicketNumberGeneratorKind.Random);

        var numbers = new List<string>();
        for (var i = 0; i < 50; i++) numbers.Add(await generator.NextAsync(default));

        numbers.ShouldAllBe(n => n.Length == 12 && n.StartsWith("10") && n.All(char.IsAsciiDigit));
        numbers.Distinct().Count().ShouldBe(50);
        (await _data.CounterIdsAsync()).ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldRestartAtOne_WhenTheDayChanges()
    {
        var clock = Clock(2024, 3, 15, hour: 23);
        var generator = _data.Generator(clock, TicketNumberGeneratorKind.DateChecksum);
        await generator.NextAsync(default);
        (await generator.NextAsync(default)).ShouldBe("2024031510000028");

        clock.Advance(TimeSpan.FromHours(2));

        (await generator.NextAsync(default)).ShouldBe(DateChecksumTicketNumber.Format(new DateOnly(2024, 3, 16), "10", 1));
        (await generator.NextAsync(default)).ShouldBe(DateChecksumTicketNumber.Format(new DateOnly(2024, 3, 16), "10", 2));
    }

    [Test]
    public async Task ShouldFollowTheZonesMidnight_WhenTimeZoneIsConfigured()
    {
        // 22:59:59 UTC is 23:59:59 in Berlin on 14 March; one second later it is the 15th there.
        var clock = new Identity.Tokens.ManualTimeProvider(new DateTimeOffset(2024, 3, 14, 22, 59, 59, TimeSpan.Zero));
        var generator = _data.Generator(clock, TicketNumberGeneratorKind.Date, timeZone: "Europe/Berlin");
        (await generator.NextAsync(default)).ShouldBe("20240314101");
        (await generator.NextAsync(default)).ShouldBe("20240314102");

        clock.Advance(TimeSpan.FromSeconds(1));

        (await generator.NextAsync(default)).ShouldBe("20240315101");
    }

    [Test]
    public async Task ShouldKeepCounting_WhenAutoIncrementCrossesADay()
    {
        var clock = Clock(2024, 3, 15, hour: 23);
        var generator = _data.Generator(clock, TicketNumberGeneratorKind.AutoIncrement);
        await generator.NextAsync(default);
        await generator.NextAsync(default);

        clock.Advance(TimeSpan.FromDays(3));

        (await generator.NextAsync(default)).ShouldBe("1000003");
    }

    [Test]
    public async Task ShouldContinueFromTheLastTicket_WhenAutoIncrementCounterTableIsEmpty()
    {
        await _data.AddTicketAsync("1000042");
        var generator = _data.Generator(Clock(2024, 3, 15), TicketNumberGeneratorKind.AutoIncrement);

        (await generator.NextAsync(default)).ShouldBe("1000043");
        (await generator.NextAsync(default)).ShouldBe("1000044");
    }

    [Test]
    public async Task ShouldSkipTheNumber_WhenATicketAlreadyHasIt()
    {
        await _data.AddTicketAsync(DateChecksumTicketNumber.Format(March15, "10", 2));
        var generator = _data.Generator(Clock(2024, 3, 15), TicketNumberGeneratorKind.DateChecksum);

        (await generator.NextAsync(default)).ShouldBe(DateChecksumTicketNumber.Format(March15, "10", 1));
        // The retry adds an offset of 1 to the next counter, as OTRS does: 2 is taken, 3 is jumped, 4 comes out.
        (await generator.NextAsync(default)).ShouldBe(DateChecksumTicketNumber.Format(March15, "10", 4));
    }
}
