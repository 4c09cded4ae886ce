using GoTrs.Domain.Calendars;
using GoTrs.Domain.Queues;
using GoTrs.Domain.Services;
using GoTrs.Domain.Tickets;
using GoTrs.Domain.Tickets.Escalation;
using static GoTrs.Domain.UnitTests.Calendars.TestCalendars;

namespace GoTrs.Domain.UnitTests.Tickets.Escalation;

public sealed class EscalationPolicyTests
{
    private static readonly DateTimeOffset Created = Utc(2025, 3, 3, 16); // a Monday, an hour before closing
    private static readonly Queue Queue = new()
    {
        FirstResponseTime = 60, UpdateTime = 120, SolutionTime = 480, CalendarName = "queue calendar",
    };
    private static readonly Sla Sla = new()
    {
        FirstResponseTime = 30, FirstResponseNotify = 50, UpdateTime = 0, SolutionTime = 240, CalendarName = "sla calendar",
    };

    private static EscalationResult Calculate(EscalationPolicy policy, BusinessCalendar calendar) =>
        EscalationCalculator.Calculate(new EscalationFacts(Created, TicketStateType.New, []), policy, calendar);

    [Test]
    public void ShouldTakeTimesAndCalendarFromTheSla_WhenTheTicketHasOne() =>
        EscalationPolicy.For(Queue, Sla).ShouldBe(new EscalationPolicy(30, 50, 0, null, 240, null, "sla calendar"));

    [Test]
    public void ShouldTakeTimesAndCalendarFromTheQueue_WhenTheTicketHasNoSla() =>
        EscalationPolicy.For(Queue, null).ShouldBe(new EscalationPolicy(60, null, 120, null, 480, null, "queue calendar"));

    [Test]
    public void ShouldNotEscalateAKind_WhenItsMinutesAreZeroOrMissing()
    {
        var result = Calculate(new EscalationPolicy(null, null, 0, null, 240, null, null), BusinessCalendar.TwentyFourSeven);

        result.Response.ShouldBeNull();
        result.Update.ShouldBeNull();
        result.EscalationEpoch.ShouldBe(result.SolutionEpoch);
    }

    [Test]
    public void ShouldEscalateNothing_WhenThePolicyHasNoTimes() =>
        Calculate(EscalationPolicy.None, BusinessCalendar.TwentyFourSeven).EscalationEpoch.ShouldBe(0);

    [Test]
    public void ShouldCountBusinessMinutes_WhenTheCalendarHasWorkingHours() =>
        // The queue's 120 update minutes: one hour left on Monday, the second on Tuesday morning.
        Calculate(EscalationPolicy.For(Queue, null), Office).Update!.Due.ShouldBe(Utc(2025, 3, 4, 9));

    [Test]
    public void ShouldNotifyAtThePercentageOfBusinessTime_WhenANotifyShareIsSet()
    {
        var policy = new EscalationPolicy(120, 50, null, null, null, null, null);

        var response = Calculate(policy, Office).Response!;

        response.NotifyAt.ShouldBe(Utc(2025, 3, 3, 17));
        response.Due.ShouldBe(Utc(2025, 3, 4, 9));
    }

    [Test]
    public void ShouldNotNotify_WhenNoNotifyShareIsSet() =>
        Calculate(EscalationPolicy.For(Queue, null), Office).Response!.NotifyAt.ShouldBeNull();
}
