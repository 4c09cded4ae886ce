namespace GoTrs.Infrastructure.Mail.Mime;

/// <summary>
/// Lenient quoted-printable (RFC 2045 §6.7): soft line breaks, lower-case hex, trailing whitespace on a
/// line dropped, and an '=' that does not start a valid escape kept as it is rather than losing text.
/// </summary>
internal static class QuotedPrintableDecoder
{
    public static ReadOnlyMemory<byte> Decode(ReadOnlySpan<byte> encoded)
    {
        var output = new byte[encoded.Length];
        int written = 0;
        int i = 0;
        while (i < encoded.Length)
        {
            byte b = encoded[i];
            if (b == '=')
            {
                if (i + 2 < encoded.Length && TryHex(encoded[i + 1], encoded[i + 2], out byte value))
                {
                    output[written++] = value;
                    i += 3;
                    continue;
                }

                int lineEnd = SkipBlanks(encoded, i + 1);
                if (lineEnd == encoded.Length || encoded[lineEnd] is (byte)'\r' or (byte)'\n')
                {
                    i = SkipLineBreak(encoded, lineEnd);
                    continue;
                }

                output[written++] = b;
                i++;
            }
            else if (b is (byte)' ' or (byte)'\t')
            {
                int end = SkipBlanks(encoded, i);
                bool trailing = end == encoded.Length || encoded[end] is (byte)'\r' or (byte)'\n';
                if (!trailing)
                {
                    encoded[i..end].CopyTo(output.AsSpan(written));
                    written += end - i;
                }

                i = end;
            }
            else
            {
                output[written++] = b;
                i++;
            }
        }

        return new ReadOnlyMemory<byte>(output, 0, written);
    }

    /// <summary>The Q encoding of RFC 2047: quoted-printable with '_' for space and no line structure.</summary>
    public static byte[] DecodeQ(string encoded)
    {
        var output = new byte[encoded.Length * 3];
        int written = 0;
        for (int i = 0; i < encoded.Length; i++)
        {
            char c = encoded[i];
            if (c == '_')
            {
                output[written++] = (byte)' ';
            }
            else if (c == '=' && i + 2 < encoded.Length && encoded[i + 1] < 128 && encoded[i + 2] < 128
                && TryHex((byte)encoded[i + 1], (byte)encoded[i + 2], out byte value))
            {
                output[written++] = value;
                i += 2;
            }
            else if (c < 128)
            {
                output[written++] = (byte)c;
            }
            else
            {
                int length = char.IsHighSurrogate(c) && i + 1 < encoded.Length ? 2 : 1;
                written += System.Text.Encoding.UTF8.GetBytes(encoded.AsSpan(i, length), output.AsSpan(written));
                i += length - 1;
            }
        }

        return output.AsSpan(0, written).ToArray();
    }

    private static int SkipBlanks(ReadOnlySpan<byte> span, int i)
    {
        while (i < span.Length && span[i] is (byte)' ' or (byte)'\t')
        {
            i++;
        }

        return i;
    }

    private static int SkipLineBreak(ReadOnlySpan<byte> span, int i)
    {
        if (i < span.Length && span[i] == '\r')
        {
            i++;
        }

        if (i < span.Length && span[i] == '\n')
        {
            i++;
        }

        return i;
    }

    private static bool TryHex(byte high, byte low, out byte value)
    {
        int h = HexValue(high);
        int l = HexValue(low);
        value = (byte)((h << 4) | l);
        return h >= 0 && l >= 0;
    }

    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        _ => -1,
    };
}
