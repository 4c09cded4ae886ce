using GoTrs.Domain.Calendars;
using static GoTrs.Domain.UnitTests.Calendars.TestCalendars;

namespace GoTrs.Domain.UnitTests.Calendars;

public sealed class CalendarDefinitionTests
{
    [TestCase("Mars/Olympus_Mons", WeekdaysNineToFive, "[]")]
    [TestCase("UTC", "{}", "[]")]
    [TestCase("UTC", """{"monday":[["08:00","17:00"]]}""", "[]")]
    [TestCase("UTC", """{"mon":[["17:00","08:00"]]}""", "[]")]
    [TestCase("UTC", """{"mon":[["8 am","5 pm"]]}""", "[]")]
    [TestCase("UTC", WeekdaysNineToFive, """[{"date":"25.12."}]""")]
    [TestCase("UTC", WeekdaysNineToFive, """[{"name":"no date"}]""")]
    [TestCase("UTC", "[]", "[]")]
    public void ShouldRefuse_WhenTheDefinitionIsNotUsable(string zone, string hours, string holidays) =>
        Should.Throw<FormatException>(() => CalendarDefinition.Parse(zone, hours, holidays));

    [Test]
    public void ShouldCountOverlappingPeriodsOnce_WhenTheyAreListedSeparately()
    {
        var calendar = CalendarDefinition.Parse("UTC", """{"mon":[["11:00","13:00"],["08:00","12:00"]]}""", "[]");

        calendar.BusinessMinutesBetween(Utc(2025, 3, 3, 0), Utc(2025, 3, 4, 0)).ShouldBe(5 * 60);
    }

    [Test]
    public void ShouldWorkUntilMidnight_WhenAPeriodEndsAt2400()
    {
        var calendar = CalendarDefinition.Parse("UTC", """{"mon":[["22:00","24:00"]],"tue":[["00:00","02:00"]]}""", "[]");

        calendar.AddBusinessMinutes(Utc(2025, 3, 3, 23), 120).ShouldBe(Utc(2025, 3, 4, 1));
    }

    [Test]
    public void ShouldKeepTheLeapDay_WhenItIsAYearlyHoliday()
    {
        var calendar = CalendarDefinition.Parse("UTC", WeekdaysNineToFive, """[{"date":"02-29"}]""");

        calendar.BusinessMinutesBetween(Utc(2028, 2, 29, 0), Utc(2028, 3, 1, 0)).ShouldBe(0);
    }
}
