using System.Diagnostics;

namespace GoTrs.Infrastructure.Mail.Mime;

/// <summary>
/// Measures parse throughput for the mail benchmark (<c>bench/mail</c>); speed goals live there, not in tests.
/// </summary>
public static class MimeParserThroughput
{
    /// <summary>Parses every message <paramref name="rounds"/> times and reports the rate.</summary>
    public static MimeParseRate Measure(IReadOnlyList<byte[]> messages, int rounds)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        long bytes = 0;
        var clock = Stopwatch.StartNew();
        for (int round = 0; round < rounds; round++)
        {
            foreach (var message in messages)
            {
                MimeParser.Parse(message);
                bytes += message.Length;
            }
        }

        return new MimeParseRate(messages.Count * rounds, bytes, clock.Elapsed);
    }
}

/// <summary>How many messages and bytes were parsed in how long.</summary>
public sealed record MimeParseRate(int Messages, long Bytes, TimeSpan Elapsed)
{
    public double MessagesPerSecond => Messages / Math.Max(Elapsed.TotalSeconds, 1e-9);

    public double MegabytesPerSecond => Bytes / 1048576.0 / Math.Max(Elapsed.TotalSeconds, 1e-9);
}
