using GoTrs.Infrastructure.Mail.Mime;

namespace GoTrs.Infrastructure.UnitTests.Mail.Mime;

/// <summary>The benchmark's measuring helper counts what it parsed; how fast is for the benchmark to judge.</summary>
public sealed class MimeParserThroughputTests
{
    [Test]
    public void ShouldCountEveryParse_WhenMeasuringSeveralRounds()
    {
        byte[][] messages = [MimeCorpus.Read("gmail-alternative"), MimeCorpus.Read("bounce-postfix")];

        var rate = MimeParserThroughput.Measure(messages, rounds: 3);

        rate.Messages.ShouldBe(6);
        rate.Bytes.ShouldBe(3L * (messages[0].Length + messages[1].Length));
    }

    [Test]
    public void ShouldRefuse_WhenNoRoundIsAsked() =>
        Should.Throw<ArgumentOutOfRangeException>(() => MimeParserThroughput.Measure([], rounds: 0));
}
