namespace GoTrs.Infrastructure.Mail.Mime;

/// <summary>
/// Reads the header block of a message or part: folded fields unfolded, CRLF or bare LF, raw 8-bit values
/// read as UTF-8 (else windows-1252), and lines that are not fields skipped. A block that does not start
/// with a field is no header block at all, which is how broken generators emit headerless parts.
/// </summary>
internal static class HeaderReader
{
    public static (MimeHeader[] Headers, int BodyStart) Read(ReadOnlySpan<byte> source, ProblemLog problems)
    {
        var headers = new List<MimeHeader>();
        int pos = source.StartsWith("From "u8) ? NextLine(source, 0) : 0;
        int fieldStart = -1;
        int colon = -1;
        while (pos < source.Length)
        {
            int next = NextLine(source, pos);
            var line = Line(source, pos, next);
            if (line.IsEmpty || line.IndexOfAnyExcept((byte)' ', (byte)'\t') < 0)
            {
                Finish(source, headers, ref fieldStart, colon, pos, problems);
                return (headers.ToArray(), next);
            }

            if (line[0] is (byte)' ' or (byte)'\t' && fieldStart >= 0)
            {
                pos = next;
                continue;
            }

            Finish(source, headers, ref fieldStart, colon, pos, problems);
            int lineColon = line.IndexOf((byte)':');
            if (lineColon > 0 && IsFieldName(line[..lineColon]))
            {
                fieldStart = pos;
                colon = pos + lineColon;
            }
            else if (headers.Count == 0 && !IsField(source, next))
            {
                return ([], pos);
            }
            else
            {
                problems.Add("header line without a field name skipped");
            }

            pos = next;
        }

        Finish(source, headers, ref fieldStart, colon, source.Length, problems);
        return (headers.ToArray(), source.Length);
    }

    private static void Finish(ReadOnlySpan<byte> source, List<MimeHeader> headers, ref int fieldStart, int colon, int end, ProblemLog problems)
    {
        if (fieldStart < 0)
        {
            return;
        }

        headers.Add(CreateHeader(source[fieldStart..colon], source[(colon + 1)..end], problems));
        fieldStart = -1;
    }

    private static MimeHeader CreateHeader(ReadOnlySpan<byte> name, ReadOnlySpan<byte> value, ProblemLog problems)
    {
        string fieldName = System.Text.Encoding.ASCII.GetString(name.TrimEnd(" \t"u8));
        string raw = TextDecoder.DecodeUnlabelled(Unfold(value)).Trim();
        string decoded = EncodedWords.Decode(raw, problems).Replace('\t', ' ');
        return new MimeHeader(fieldName, raw, decoded);
    }

    // Unfolding is removing the line breaks; the whitespace that began each continuation line stays.
    private static ReadOnlySpan<byte> Unfold(ReadOnlySpan<byte> value)
    {
        if (value.IndexOfAny((byte)'\r', (byte)'\n') < 0)
        {
            return value;
        }

        var unfolded = new byte[value.Length];
        int written = 0;
        foreach (byte b in value)
        {
            if (b is not ((byte)'\r' or (byte)'\n'))
            {
                unfolded[written++] = b;
            }
        }

        return unfolded.AsSpan(0, written);
    }

    private static bool IsField(ReadOnlySpan<byte> source, int pos)
    {
        if (pos >= source.Length)
        {
            return false;
        }

        var line = Line(source, pos, NextLine(source, pos));
        int colon = line.IndexOf((byte)':');
        return colon > 0 && IsFieldName(line[..colon]);
    }

    // RFC 5322 field names are printable ASCII; obsolete syntax allows blanks before the colon.
    private static bool IsFieldName(ReadOnlySpan<byte> name)
    {
        name = name.TrimEnd(" \t"u8);
        if (name.IsEmpty)
        {
            return false;
        }

        foreach (byte b in name)
        {
            if (b is < 33 or > 126)
            {
                return false;
            }
        }

        return true;
    }

    private static int NextLine(ReadOnlySpan<byte> source, int pos)
    {
        int lf = source[pos..].IndexOf((byte)'\n');
        return lf < 0 ? source.Length : pos + lf + 1;
    }

    private static ReadOnlySpan<byte> Line(ReadOnlySpan<byte> source, int pos, int next)
    {
        var line = source[pos..next];
        if (line.EndsWith("\n"u8))
        {
            line = line[..^1];
        }

        return line.EndsWith("\r"u8) ? line[..^1] : line;
    }
}
