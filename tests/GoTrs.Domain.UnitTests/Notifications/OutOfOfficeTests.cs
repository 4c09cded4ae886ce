using GoTrs.Domain.Agents;

namespace GoTrs.Domain.UnitTests.Notifications;

public sealed class OutOfOfficeTests
{
    private static Dictionary<string, string?> Away(string flag = "1") => new()
    {
        ["OutOfOffice"] = flag, ["OutOfOfficeStartYear"] = "2031", ["OutOfOfficeStartMonth"] = "3", ["OutOfOfficeStartDay"] = "3",
        ["OutOfOfficeEndYear"] = "2031", ["OutOfOfficeEndMonth"] = "3", ["OutOfOfficeEndDay"] = "7",
    };

    [TestCase("2031-03-03T00:00:00Z", true)]
    [TestCase("2031-03-07T23:59:00Z", true)]
    [TestCase("2031-03-08T00:00:00Z", false)]
    [TestCase("2031-03-02T23:59:00Z", false)]
    public void ShouldBeAway_OnTheDaysBetweenStartAndEnd(string now, bool away) =>
        OutOfOffice.IsAway(Away(), DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(away);

    [Test]
    public void ShouldBePresent_WhenTheFlagIsOffOrTheDaysAreMissing()
    {
        var monday = new DateTimeOffset(2031, 3, 3, 9, 0, 0, TimeSpan.Zero);
        OutOfOffice.IsAway(Away(flag: "0"), monday).ShouldBeFalse();
        OutOfOffice.IsAway(new Dictionary<string, string?> { ["OutOfOffice"] = "1" }, monday).ShouldBeFalse();
    }
}
