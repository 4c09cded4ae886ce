using GoTrs.Domain.Tickets.Numbers;
using GoTrs.Infrastructure.UnitTests.Support;
using static GoTrs.Infrastructure.UnitTests.Tickets.TicketNumberTestData;

namespace GoTrs.Infrastructure.UnitTests.Tickets;

/// <summary>Several creators at once, rows other creators left behind, and the cleanup of the counter table.</summary>
[TestFixture]
[NonParallelizable]
public sealed class TicketNumberGeneratorRaceTests
{
    private static readonly DateOnly March15 = new(2024, 3, 15);
    private static readonly DateTime March15Noon = new(2024, 3, 15, 12, 0, 0);

    private ZnunyTestDatabase? _database;
    private TicketNumberTestData _data = null!;

    [OneTimeSetUp]
    public async Task CreateDatabase() => _database = await ZnunyTestDatabase.CreateAsync("gotrs_ticketnumber_race");

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

    [TestCase(TicketNumberGeneratorKind.DateChecksum)]
    [TestCase(TicketNumberGeneratorKind.AutoIncrement)]
    public async Task ShouldHandOutDistinctNumbers_WhenEightCreatorsDrawAtOnce(TicketNumberGeneratorKind kind)
    {
        var clock = Clock(2024, 3, 15);
        var generators = Enumerable.Range(0, 8).Select(_ => _data.Generator(clock, kind)).ToList();
        using var start = new Barrier(generators.Count);

        var draws = generators.Select(generator => Task.Run(async () =>
        {
            start.SignalAndWait();
            var numbers = new List<string>();
            for (var i = 0; i < 50; i++) numbers.Add(await generator.NextAsync(default));
            return numbers;
        }));
        var all = (await Task.WhenAll(draws)).SelectMany(n => n).ToList();

        all.Count.ShouldBe(400);
        all.Distinct().Count().ShouldBe(400);
        var format = new TicketNumberFormat(new TicketNumberOptions { NumberGenerator = kind });
        // Well-formed: every number is what the formatter makes of its own counter (check digit included).
        all.ShouldAllBe(n => format.Format(March15, CounterOf(kind, n)) == n);
    }

    [Test]
    public async Task ShouldNotHandOutACounterTwice_WhenAnotherRowAlreadyHoldsIt()
    {
        // A racing creator whose insert got a later id but whose row was filled first: it holds counter 1 already.
        await _data.AddCounterRowAsync(counter: 1, March15Noon, id: 500);
        var generator = _data.Generator(Clock(2024, 3, 15), TicketNumberGeneratorKind.DateChecksum);

        var number = await generator.NextAsync(default);

        // Our first row also came out as 1 and was dropped; the retry counts on from it with an offset of 1.
        number.ShouldBe(DateChecksumTicketNumber.Format(March15, "10", 3));
    }

    [Test]
    public async Task ShouldLeaveTheValuesOfUnsetRowsToTheirCreators_WhenZnunyCreatorsAreMidway()
    {
        await _data.AddCounterRowAsync(counter: 5, March15Noon.AddHours(-1));
        await _data.AddCounterRowAsync(counter: 0, March15Noon.AddMinutes(-1));
        await _data.AddCounterRowAsync(counter: 0, March15Noon.AddMinutes(-1));
        var generator = _data.Generator(Clock(2024, 3, 15), TicketNumberGeneratorKind.Date);

        (await generator.NextAsync(default)).ShouldBe("20240315108");

        // The two Znuny creators now finish D.1: each unset row gets its predecessor's value plus one.
        await _data.FillUnsetRowsAsZnunyDoesAsync();
        (await _data.CountersAsync()).ShouldBe([5, 6, 7, 8]);
    }

    [Test]
    public async Task ShouldKeepTheNewestTenAndRecentRows_WhenCleaningUp()
    {
        var clock = Clock(2024, 3, 15);
        for (var i = 0; i < 3; i++) await _data.AddCounterRowAsync(i + 1, March15Noon.AddMinutes(-5));
        for (var i = 0; i < 15; i++) await _data.AddCounterRowAsync(i + 4, March15Noon.AddHours(-2));
        var generator = _data.Generator(clock, TicketNumberGeneratorKind.DateChecksum);

        var deleted = await generator.CleanupAsync(default);

        // Ids 1–3 are younger than ten minutes, 9–18 are the newest ten; only 4–8 are old and superseded.
        deleted.ShouldBe(5);
        (await _data.CounterIdsAsync()).ShouldBe([1, 2, 3, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]);
        (await generator.NextAsync(default)).ShouldBe(DateChecksumTicketNumber.Format(March15, "10", 19));
    }

    private static long CounterOf(TicketNumberGeneratorKind kind, string number) => kind == TicketNumberGeneratorKind.AutoIncrement
        ? long.Parse(number[2..])
        : long.Parse(number[10..^1]);
}
