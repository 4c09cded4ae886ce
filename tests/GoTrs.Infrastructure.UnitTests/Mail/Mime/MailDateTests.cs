namespace GoTrs.Infrastructure.UnitTests.Mail.Mime;

/// <summary>The Date header as real clients write it.</summary>
public sealed class MailDateTests
{
    [TestCase("Tue, 5 Mar 2024 09:14:05 +0000", "2024-03-05T09:14:05+00:00")]
    [TestCase("Tue, 05 Mar 2024 09:14:05 +0100 (CET)", "2024-03-05T09:14:05+01:00")]
    [TestCase("5 Mar 2024 09:14 -0530", "2024-03-05T09:14:00-05:30")]
    [TestCase("Tue, 5 March 2024 09:14:05 GMT", "2024-03-05T09:14:05+00:00")]
    [TestCase("Tue, 05 Mar 24 09:14:05 EST", "2024-03-05T09:14:05-05:00")]
    [TestCase("Sat,  6 Apr 2024 10:00:01 +0200 (CEST)", "2024-04-06T10:00:01+02:00")]
    [TestCase("Tue Mar  5 09:14:05 2024", "2024-03-05T09:14:05+00:00")]
    [TestCase("Tue, 5 Mar 2024 09:14:05", "2024-03-05T09:14:05+00:00")]
    [TestCase("Tue, 5 Mar 2024 09:14:05+0100", "2024-03-05T09:14:05+01:00")]
    [TestCase("2024-03-05T09:14:05+01:00", "2024-03-05T09:14:05+01:00")]
    [TestCase("2024-03-05 09:14:05 +0100", "2024-03-05T09:14:05+01:00")]
    [TestCase("Tue, 5 Mar 99 09:14:05 +0000", "1999-03-05T09:14:05+00:00")]
    [TestCase("Sat, 31 Dec 2016 23:59:60 +0000", "2016-12-31T23:59:59+00:00")]
    [TestCase("tue, 5 mar 2024 09:14:05 pst", "2024-03-05T09:14:05-08:00")]
    public void ShouldReadDate_WhenWrittenInAnyCommonForm(string header, string expected)
    {
        var date = TestMail.WithHeaders($"Date: {header}").Date;

        date.ShouldBe(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        date!.Value.Offset.ShouldBe(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset);
    }

    [TestCase("someday soon")]
    [TestCase("Tue, 31 Feb 2024 10:00:00 +0000")]
    [TestCase("Tue, 5 Xyz 2024 10:00:00 +0000")]
    [TestCase("Tue, 5 Mar 2024 25:61:00 +0000")]
    [TestCase("Fri, 31 Dec 9999 23:59:59 -1200")]
    public void ShouldRecordProblem_WhenDateIsUnreadable(string header)
    {
        var message = TestMail.WithHeaders($"Date: {header}");

        message.Date.ShouldBeNull();
        message.Problems.ShouldContain(problem => problem.StartsWith("unreadable Date", StringComparison.Ordinal));
    }

    [Test]
    public void ShouldHaveNoDate_WhenHeaderIsMissing()
    {
        var message = TestMail.WithHeaders("Subject: no date");

        message.Date.ShouldBeNull();
        message.Problems.ShouldBeEmpty();
    }
}
