namespace GoTrs.Infrastructure.Mail.Protocols.Imap;

/// <summary>UID sets such as <c>3:5,9</c>, in chunks small enough for any server's command-line limit.</summary>
internal static class ImapUidSet
{
    private const int UidsPerCommand = 500;

    public static IEnumerable<string> Chunks(IEnumerable<uint> uids) =>
        uids.Distinct().Order().Chunk(UidsPerCommand).Select(Format);

    private static string Format(uint[] sorted)
    {
        var ranges = new List<string>();
        for (var i = 0; i < sorted.Length; i++)
        {
            var start = sorted[i];
            while (i + 1 < sorted.Length && sorted[i + 1] == sorted[i] + 1) i++;
            ranges.Add(start == sorted[i] ? $"{start}" : $"{start}:{sorted[i]}");
        }

        return string.Join(',', ranges);
    }
}
