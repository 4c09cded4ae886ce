using GoTrs.Infrastructure.Mail.Mime;

namespace GoTrs.Infrastructure.UnitTests.Mail.Mime;

/// <summary>
/// Whatever arrives, the parser returns a message and never hits its own last-resort handler: corpus
/// messages truncated, bit-flipped, spliced and shuffled, plus the degenerate inputs.
/// </summary>
public sealed class MalformedInputTests
{
    private const int Mutations = 2000;

    [Test]
    public void ShouldParseWithoutInternalErrors_WhenCorpusMessagesAreMutated()
    {
        var corpus = MimeCorpus.MessageNames().Select(MimeCorpus.Read).ToArray();
        var random = new Random(20240521);
        var failures = new List<string>();

        for (int i = 0; i < Mutations; i++)
        {
            var original = corpus[random.Next(corpus.Length)];
            var mutated = Mutate(original, random);
            var message = MimeParser.Parse(mutated);
            Touch(message);
            failures.AddRange(message.Problems.Where(problem => problem.StartsWith(MimeParser.InternalErrorPrefix, StringComparison.Ordinal)).Select(problem => $"mutation {i}: {problem}"));
        }

        failures.ShouldBeEmpty();
    }

    [TestCase(new byte[0])]
    [TestCase(new byte[] { 13, 10 })]
    [TestCase(new byte[] { 0, 0, 0, 0 })]
    [TestCase(new byte[] { 0xFF, 0xFE, 0x3A, 0x0A, 0x0A })]
    [TestCase(new byte[] { (byte)'=', (byte)'?' })]
    public void ShouldReturnMessage_WhenInputIsDegenerate(byte[] input)
    {
        var message = MimeParser.Parse(input);

        message.ShouldHaveNoInternalErrors();
        message.Subject.ShouldBe(string.Empty);
    }

    [Test]
    public void ShouldThrow_WhenStreamIsNull() =>
        Should.Throw<ArgumentNullException>(() => MimeParser.Parse((Stream)null!));

    private static byte[] Mutate(byte[] source, Random random)
    {
        var bytes = source.ToList();
        int operations = random.Next(1, 4);
        for (int i = 0; i < operations && bytes.Count > 0; i++)
        {
            int at = random.Next(bytes.Count);
            int length = Math.Min(random.Next(1, 200), bytes.Count - at);
            switch (random.Next(7))
            {
                case 0:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 1:
                    for (int j = 0; j < length; j++)
                    {
                        bytes[at + j] = (byte)random.Next(256);
                    }

                    break;
                case 2:
                    bytes.RemoveRange(at, length);
                    break;
                case 3:
                    bytes.InsertRange(at, bytes.GetRange(random.Next(bytes.Count - length + 1), length));
                    break;
                case 4:
                    bytes.InsertRange(at, Pick(random, "\r\n--", "=?utf-8?B?", "?=", "\r\n\r\n", "Content-Type: multipart/mixed; boundary=x\r\n", "\r\n--x\r\n", "=\r\n", "filename*0*=utf-8''%", "<", "\"", "("));
                    break;
                case 5:
                    bytes.RemoveAll(b => b == '\r');
                    break;
                default:
                    bytes[at] = (byte)(bytes[at] ^ (1 << random.Next(8)));
                    break;
            }
        }

        return bytes.ToArray();
    }

    private static byte[] Pick(Random random, params string[] fragments) =>
        System.Text.Encoding.ASCII.GetBytes(fragments[random.Next(fragments.Length)]);

    // Reads every computed member, nested messages included, the way the postmaster will.
    private static void Touch(MimeMessage message)
    {
        _ = (message.From, message.To, message.Cc, message.Date, message.MessageId, message.References, message.TextBody, message.HtmlBody);
        foreach (var attachment in message.Attachments)
        {
            _ = (attachment.FileName, attachment.Size, attachment.ContentId, attachment.ContentType.Charset);
            if (attachment.Message is { } nested)
            {
                Touch(nested);
            }
        }
    }
}
