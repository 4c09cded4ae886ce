using System.Text;
using GoTrs.Infrastructure.Mail.Protocols.Smtp;

namespace GoTrs.Infrastructure.UnitTests.Mail.Outbound;

public sealed class SmtpDotStuffingTests
{
    private static string Stuff(string text) => Encoding.ASCII.GetString(SmtpSubmitter.DotStuffed(Encoding.ASCII.GetBytes(text)));

    [Test]
    public void ShouldDoubleLeadingDots_SoALoneDotCannotEndTheMessageEarly() =>
        Stuff(".hidden\r\n.\r\nlast\r\n").ShouldBe("..hidden\r\n..\r\nlast\r\n.\r\n");

    [Test]
    public void ShouldTurnBareLineFeedsIntoCrLf() => Stuff("a\nb\r\n").ShouldBe("a\r\nb\r\n.\r\n");

    [Test]
    public void ShouldEndTheLastLine_WhenTheMessageLacksAFinalLineBreak() => Stuff("a\r\nb").ShouldBe("a\r\nb\r\n.\r\n");
}
