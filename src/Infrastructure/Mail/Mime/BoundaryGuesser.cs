using System.Text;

namespace GoTrs.Infrastructure.Mail.Mime;

/// <summary>
/// Recovers a multipart whose declared boundary never occurs (lost in a forward, rewritten by a gateway, or
/// never declared): a line <c>--token</c> followed by a header line or a blank line, whose token recurs as a
/// delimiter, is taken as the real boundary.
/// </summary>
internal static class BoundaryGuesser
{
    private const int MaxCandidates = 16;

    public static string? Guess(ReadOnlySpan<byte> body)
    {
        var tried = new HashSet<string>(StringComparer.Ordinal);
        int pos = 0;
        while (pos < body.Length && tried.Count < MaxCandidates)
        {
            int found = body[pos..].IndexOf("--"u8);
            if (found < 0)
            {
                return null;
            }

            int at = pos + found;
            pos = at + 2;
            if (at > 0 && body[at - 1] != '\n')
            {
                continue;
            }

            int lf = body[at..].IndexOf((byte)'\n');
            int lineEnd = lf < 0 ? body.Length : at + lf;
            string? candidate = Candidate(body[(at + 2)..lineEnd]);
            if (candidate is null || !tried.Add(candidate) || !StartsPart(body, lineEnd + 1))
            {
                continue;
            }

            var layout = MultipartSplitter.Split(body, candidate);
            if (layout.Closed || layout.Parts.Count >= 2)
            {
                return candidate;
            }
        }

        return null;
    }

    private static string? Candidate(ReadOnlySpan<byte> line)
    {
        line = line.TrimEnd(" \t\r"u8);
        if (line.EndsWith("--"u8))
        {
            line = line[..^2];
        }

        if (line.Length is < 1 or > 200 || line.IndexOfAny(" \t"u8) >= 0 || line.IndexOfAnyExceptInRange((byte)33, (byte)126) >= 0)
        {
            return null;
        }

        return Encoding.ASCII.GetString(line);
    }

    private static bool StartsPart(ReadOnlySpan<byte> body, int pos)
    {
        if (pos >= body.Length)
        {
            return false;
        }

        int lf = body[pos..].IndexOf((byte)'\n');
        var line = (lf < 0 ? body[pos..] : body[pos..(pos + lf)]).TrimEnd("\r"u8);
        int colon = line.IndexOf((byte)':');
        return line.IsEmpty || (colon > 0 && line[..colon].IndexOfAnyExceptInRange((byte)33, (byte)126) < 0);
    }
}
