using GoTrs.Infrastructure.Mail.Protocols.Imap;

namespace GoTrs.Infrastructure.UnitTests.Mail.Protocols;

public sealed class ModifiedUtf7Tests
{
    [TestCase("INBOX", "INBOX")]
    [TestCase("R&D", "R&-D")]
    [TestCase("~peter/mail/台北/日本語", "~peter/mail/&U,BTFw-/&ZeVnLIqe-")]
    [TestCase("Entwürfe", "Entw&APw-rfe")]
    [TestCase("Smile 🙂", "Smile &2D3eQg-")]
    public void ShouldMatchRfc3501_WhenEncodingAndDecoding(string name, string encoded)
    {
        ModifiedUtf7.Encode(name).ShouldBe(encoded);
        ModifiedUtf7.Decode(encoded).ShouldBe(name);
    }

    [Test]
    public void ShouldThrowFormatException_WhenShiftIsNotTerminated()
    {
        Should.Throw<FormatException>(() => ModifiedUtf7.Decode("Entw&APw"));
    }
}
