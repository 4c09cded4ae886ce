using static GoTrs.Domain.UnitTests.Calendars.TestCalendars;

namespace GoTrs.Domain.UnitTests.Calendars;

/// <summary>Europe/Berlin switched to summer time on 2025-03-30 and back on 2025-10-26, both Sundays.</summary>
public sealed class BusinessCalendarTimeZoneTests
{
    [Test]
    public void ShouldOpenAtLocalEightUtcSeven_WhenItIsWinterTime() =>
        Berlin.AddBusinessMinutes(Utc(2025, 3, 3, 5), 30).ShouldBe(Utc(2025, 3, 3, 7, 30));

    [Test]
    public void ShouldKeepLocalOpeningHours_WhenSummerTimeStartsOverTheWeekend()
    {
        // Friday 16:00 CET is 15:00 UTC; Monday 08:00 CEST is 06:00 UTC.
        var due = Berlin.AddBusinessMinutes(Utc(2025, 3, 28, 15), 120);

        due.ShouldBe(Utc(2025, 3, 31, 7));
    }

    [Test]
    public void ShouldCountTheWorkingDayInUtc_WhenSummerTimeApplies() =>
        Berlin.BusinessMinutesBetween(Utc(2025, 7, 7, 0), Utc(2025, 7, 8, 0)).ShouldBe(9 * 60);

    [Test]
    public void ShouldCountTwentyThreeHours_WhenTheDaySpringsForward() =>
        BerlinAllDay.BusinessMinutesBetween(Utc(2025, 3, 29, 23), Utc(2025, 3, 30, 22)).ShouldBe(23 * 60);

    [Test]
    public void ShouldCountTwentyFiveHours_WhenTheDayFallsBack() =>
        BerlinAllDay.BusinessMinutesBetween(Utc(2025, 10, 25, 22), Utc(2025, 10, 26, 23)).ShouldBe(25 * 60);

    [Test]
    public void ShouldLandOnTheSameLocalTimeNextDay_WhenAddingTheShortDaysRealLength() =>
        // Saturday 12:00 CET + 23 hours = Sunday 12:00 CEST (10:00 UTC).
        BerlinAllDay.AddBusinessMinutes(Utc(2025, 3, 29, 11), 23 * 60).ShouldBe(Utc(2025, 3, 30, 10));

    [Test]
    public void ShouldStartWhenTheClocksJump_WhenAPeriodBeginsInTheSkippedHour()
    {
        // 02:00–04:00 local on the spring-forward night is 03:00–04:00 CEST in reality: one hour.
        var nightShift = GoTrs.Domain.Calendars.CalendarDefinition.Parse(
            "Europe/Berlin", """{"sun":[["02:00","04:00"]]}""", "[]");

        nightShift.BusinessMinutesBetween(Utc(2025, 3, 29, 12), Utc(2025, 3, 30, 12)).ShouldBe(60);
        nightShift.AddBusinessMinutes(Utc(2025, 3, 29, 12), 1).ShouldBe(Utc(2025, 3, 30, 1, 1));
    }
}
