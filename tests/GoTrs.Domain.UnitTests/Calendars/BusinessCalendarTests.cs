using GoTrs.Domain.Calendars;
using static GoTrs.Domain.UnitTests.Calendars.TestCalendars;

namespace GoTrs.Domain.UnitTests.Calendars;

public sealed class BusinessCalendarTests
{
    // 2025-03-03 is a Monday.
    [Test]
    public void ShouldAddWithinTheDay_WhenTheMinutesFitBeforeClosing() =>
        Office.AddBusinessMinutes(Utc(2025, 3, 3, 9), 60).ShouldBe(Utc(2025, 3, 3, 10));

    [Test]
    public void ShouldContinueNextMorning_WhenTheMinutesRunPastClosing() =>
        Office.AddBusinessMinutes(Utc(2025, 3, 3, 16), 120).ShouldBe(Utc(2025, 3, 4, 9));

    [Test]
    public void ShouldStartCountingAtOpening_WhenStartedBeforeOpening() =>
        Office.AddBusinessMinutes(Utc(2025, 3, 3, 6), 30).ShouldBe(Utc(2025, 3, 3, 8, 30));

    [Test]
    public void ShouldEndAtClosing_WhenTheMinutesExactlyFillTheDay() =>
        Office.AddBusinessMinutes(Utc(2025, 3, 3, 8), 9 * 60).ShouldBe(Utc(2025, 3, 3, 17));

    [Test]
    public void ShouldSkipTheWeekend_WhenAddingFromFridayAfternoon() =>
        Office.AddBusinessMinutes(Utc(2025, 3, 7, 16, 30), 60).ShouldBe(Utc(2025, 3, 10, 8, 30));

    [Test]
    public void ShouldSkipAYearlyHoliday_WhenChristmasFallsOnAWorkday() =>
        Office.AddBusinessMinutes(Utc(2025, 12, 24, 16), 120).ShouldBe(Utc(2025, 12, 26, 9));

    [Test]
    public void ShouldSkipAOneTimeHoliday_WhenItsDateComes() =>
        Office.AddBusinessMinutes(Utc(2025, 4, 17, 16), 120).ShouldBe(Utc(2025, 4, 21, 9));

    [Test]
    public void ShouldWorkOnTheSameDateInAnotherYear_WhenTheHolidayWasOneTime() =>
        Office.AddBusinessMinutes(Utc(2024, 4, 18, 16), 120).ShouldBe(Utc(2024, 4, 19, 9));

    [Test]
    public void ShouldCountOnlyWorkingMinutes_WhenTheSpanCrossesANight() =>
        Office.BusinessMinutesBetween(Utc(2025, 3, 3, 16), Utc(2025, 3, 4, 10)).ShouldBe(60 + 120);

    [Test]
    public void ShouldCountOnlyWorkingMinutes_WhenTheSpanCrossesAWeekend() =>
        Office.BusinessMinutesBetween(Utc(2025, 3, 7, 16), Utc(2025, 3, 10, 9)).ShouldBe(60 + 60);

    [Test]
    public void ShouldCountNothing_WhenTheSpanIsAHoliday() =>
        Office.BusinessMinutesBetween(Utc(2025, 12, 25, 0), Utc(2025, 12, 26, 0)).ShouldBe(0);

    [Test]
    public void ShouldCountNothing_WhenToIsBeforeFrom() =>
        Office.BusinessMinutesBetween(Utc(2025, 3, 4, 10), Utc(2025, 3, 3, 10)).ShouldBe(0);

    [Test]
    public void ShouldInvertAddition_WhenCountingBackTheAddedMinutes()
    {
        var start = Utc(2025, 12, 23, 15, 17);

        var end = Office.AddBusinessMinutes(start, 1234);

        Office.BusinessMinutesBetween(start, end).ShouldBe(1234);
    }

    [Test]
    public void ShouldAddPlainMinutes_WhenTheCalendarIsTheDefault()
    {
        var saturdayNight = Utc(2025, 3, 8, 23);

        BusinessCalendar.TwentyFourSeven.AddBusinessMinutes(saturdayNight, 120).ShouldBe(Utc(2025, 3, 9, 1));
        BusinessCalendar.TwentyFourSeven.BusinessMinutesBetween(saturdayNight, Utc(2025, 3, 9, 1)).ShouldBe(120);
    }

    [Test]
    public void ShouldReturnTheStart_WhenAddingNoMinutes() =>
        Office.AddBusinessMinutes(Utc(2025, 3, 8, 12), 0).ShouldBe(Utc(2025, 3, 8, 12));
}
