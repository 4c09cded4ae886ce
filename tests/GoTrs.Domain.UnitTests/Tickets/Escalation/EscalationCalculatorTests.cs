using GoTrs.Domain.Articles;
using GoTrs.Domain.Calendars;
using GoTrs.Domain.Tickets;
using GoTrs.Domain.Tickets.Escalation;
using static GoTrs.Domain.UnitTests.Calendars.TestCalendars;

namespace GoTrs.Domain.UnitTests.Tickets.Escalation;

public sealed class EscalationCalculatorTests
{
    private const long Email = 1, Phone = 2, Internal = 3;
    private static readonly DateTimeOffset Created = Utc(2025, 3, 3, 9);
    private static readonly EscalationPolicy Policy = new(60, null, 120, null, 480, null, null);

    private static EscalationResult Calculate(string stateType = TicketStateType.Open, params ContactArticle[] articles) =>
        EscalationCalculator.Calculate(new EscalationFacts(Created, stateType, articles), Policy, BusinessCalendar.TwentyFourSeven);

    private static ContactArticle Agent(int minutesAfterCreation, long channel = Email, bool visible = true) =>
        new(Created.AddMinutes(minutesAfterCreation), ArticleSenderType.Agent, channel, visible);

    private static ContactArticle Customer(int minutesAfterCreation) =>
        new(Created.AddMinutes(minutesAfterCreation), ArticleSenderType.Customer, Email, true);

    [Test]
    public void ShouldRunAllThreeFromCreation_WhenNobodyAnsweredYet()
    {
        var result = Calculate();

        result.Response!.Due.ShouldBe(Created.AddMinutes(60));
        result.Update!.Due.ShouldBe(Created.AddMinutes(120));
        result.Solution!.Due.ShouldBe(Created.AddMinutes(480));
        result.EscalationEpoch.ShouldBe(result.ResponseEpoch);
    }

    [TestCase(Email)]
    [TestCase(Phone)]
    public void ShouldStopResponseAndUpdate_WhenAnAgentAnsweredTheCustomer(long channel)
    {
        var result = Calculate(TicketStateType.Open, Customer(0), Agent(30, channel));

        result.Response.ShouldBeNull();
        result.Update.ShouldBeNull();
        result.EscalationEpoch.ShouldBe(result.SolutionEpoch);
    }

    [Test]
    public void ShouldKeepResponseRunning_WhenTheAgentOnlyWroteAnInternalNote() =>
        Calculate(TicketStateType.Open, Agent(30, Internal)).Response!.Due.ShouldBe(Created.AddMinutes(60));

    [Test]
    public void ShouldKeepResponseRunning_WhenTheAgentsMailIsHiddenFromTheCustomer() =>
        Calculate(TicketStateType.Open, Agent(30, Email, visible: false)).Response!.Due.ShouldBe(Created.AddMinutes(60));

    [Test]
    public void ShouldRunUpdateFromTheCustomersLastMessage_WhenTheCustomerWroteAfterTheAgent()
    {
        var result = Calculate(TicketStateType.Open, Customer(0), Agent(30), Customer(90), Customer(100));

        result.Response.ShouldBeNull();
        result.Update!.Start.ShouldBe(Created.AddMinutes(100));
        result.Update.Due.ShouldBe(Created.AddMinutes(100 + 120));
    }

    [TestCase(TicketStateType.Closed)]
    [TestCase(TicketStateType.Merged)]
    [TestCase(TicketStateType.Removed)]
    public void ShouldStopEverything_WhenTheTicketIsDone(string stateType)
    {
        var result = Calculate(stateType, Customer(0));

        result.Deadlines.ShouldBeEmpty();
        result.EscalationEpoch.ShouldBe(0);
    }

    [TestCase(TicketStateType.PendingReminder)]
    [TestCase(TicketStateType.PendingAuto)]
    public void ShouldPauseOnlyUpdate_WhenTheTicketWaitsForTheCustomer(string stateType)
    {
        var result = Calculate(stateType, Customer(0));

        result.Update.ShouldBeNull();
        result.Response!.Due.ShouldBe(Created.AddMinutes(60));
        result.Solution!.Due.ShouldBe(Created.AddMinutes(480));
    }
}
