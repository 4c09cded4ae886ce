using System.Text;

namespace GoTrs.Infrastructure.UnitTests.Mail.Protocols;

/// <summary>Compares a fetched message with the one delivered, allowing only the trace headers dovecot puts on top.</summary>
internal static class FetchedMessage
{
    private static readonly string[] TraceHeaders = ["Return-Path:", "Delivered-To:", "Received:"];

    public static void ShouldBeDelivered(this byte[] fetched, byte[] delivered)
    {
        fetched.AsSpan().EndsWith(delivered).ShouldBeTrue(
            $"fetched {fetched.Length} bytes do not end with the {delivered.Length} delivered bytes");
        var added = Encoding.UTF8.GetString(fetched, 0, fetched.Length - delivered.Length);
        var lines = added.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.ShouldAllBe(line => line.StartsWith('\t') || line.StartsWith(' ') || TraceHeaders.Any(h => line.StartsWith(h)));
    }
}
