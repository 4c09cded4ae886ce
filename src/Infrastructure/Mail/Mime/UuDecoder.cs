namespace GoTrs.Infrastructure.Mail.Mime;

/// <summary>
/// Decodes a uuencoded body (<c>begin 644 name</c> … <c>end</c>), which old Outlook Express and Unix mailers
/// still send as a transfer encoding. Text before <c>begin</c> is skipped; without one, every line is data.
/// </summary>
internal static class UuDecoder
{
    public static ReadOnlyMemory<byte> Decode(ReadOnlySpan<byte> encoded)
    {
        // A last line without its line break can yield two bytes more than it has characters.
        var output = new byte[encoded.Length + 4];
        int written = 0;
        bool started = encoded.IndexOf("begin "u8) < 0;
        int pos = 0;
        while (pos < encoded.Length)
        {
            int lf = encoded[pos..].IndexOf((byte)'\n');
            int next = lf < 0 ? encoded.Length : pos + lf + 1;
            var line = encoded[pos..next].TrimEnd("\r\n"u8);
            pos = next;
            if (!started)
            {
                started = line.StartsWith("begin "u8);
                continue;
            }

            if (line.SequenceEqual("end"u8))
            {
                break;
            }

            written = DecodeLine(line, output, written);
        }

        return new ReadOnlyMemory<byte>(output, 0, written);
    }

    // The first character gives the byte count; each further group of four characters carries three bytes.
    private static int DecodeLine(ReadOnlySpan<byte> line, byte[] output, int written)
    {
        if (line.IsEmpty)
        {
            return written;
        }

        int count = Value(line[0]);
        for (int i = 1; count > 0 && i < line.Length; i += 4)
        {
            int quantum = 0;
            for (int j = 0; j < 4; j++)
            {
                quantum = (quantum << 6) | (i + j < line.Length ? Value(line[i + j]) : 0);
            }

            for (int k = 0; k < 3 && count > 0; k++, count--)
            {
                output[written++] = (byte)(quantum >> (16 - 8 * k));
            }
        }

        return written;
    }

    private static int Value(byte b) => (b - ' ') & 0x3F;
}
