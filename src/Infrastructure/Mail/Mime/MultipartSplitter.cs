using System.Text;

namespace GoTrs.Infrastructure.Mail.Mime;

/// <summary>
/// Finds the parts of a multipart body (RFC 2046 §5.1.1). A delimiter is <c>--boundary</c> at the start of a
/// line followed only by blanks; the line break before it belongs to the delimiter, not to the part.
/// </summary>
internal static class MultipartSplitter
{
    public static MultipartLayout Split(ReadOnlySpan<byte> body, string boundary)
    {
        byte[] delimiter = Delimiter(boundary);
        var parts = new List<Range>();
        int partStart = -1;
        int pos = 0;
        while (pos < body.Length)
        {
            int found = body[pos..].IndexOf(delimiter);
            if (found < 0)
            {
                break;
            }

            int at = pos + found;
            if (at > 0 && body[at - 1] != '\n')
            {
                // Checked before looking for the line end, so a long line full of near-misses stays linear.
                pos = at + 1;
                continue;
            }

            int after = at + delimiter.Length;
            bool closing = body[after..].StartsWith("--"u8);
            int lineEnd = LineEnd(body, after);
            if (!IsBlank(body[(closing ? after + 2 : after)..lineEnd]))
            {
                pos = at + 1;
                continue;
            }

            if (partStart >= 0)
            {
                parts.Add(new Range(partStart, Math.Max(partStart, LineBreakStart(body, at))));
            }

            if (closing)
            {
                return new MultipartLayout(parts, FoundBoundary: true, Closed: true);
            }

            partStart = Math.Min(lineEnd + 1, body.Length);
            pos = partStart;
        }

        if (partStart >= 0)
        {
            parts.Add(new Range(partStart, body.Length));
        }

        return new MultipartLayout(parts, FoundBoundary: partStart >= 0, Closed: false);
    }

    // Boundaries are ASCII by RFC 2046; a raw 8-bit one was read from the header as UTF-8, so it goes back that way.
    private static byte[] Delimiter(string boundary) => Encoding.UTF8.GetBytes("--" + boundary);

    private static int LineEnd(ReadOnlySpan<byte> body, int from)
    {
        int lf = body[from..].IndexOf((byte)'\n');
        return lf < 0 ? body.Length : from + lf;
    }

    private static int LineBreakStart(ReadOnlySpan<byte> body, int at)
    {
        int end = at;
        if (end > 0 && body[end - 1] == '\n')
        {
            end--;
        }

        if (end > 0 && body[end - 1] == '\r')
        {
            end--;
        }

        return end;
    }

    private static bool IsBlank(ReadOnlySpan<byte> rest) => rest.IndexOfAnyExcept(" \t\r"u8) < 0;
}

/// <summary>Where a multipart's parts are, and whether its boundary appeared and was closed.</summary>
internal sealed record MultipartLayout(List<Range> Parts, bool FoundBoundary, bool Closed);
