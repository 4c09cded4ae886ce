namespace GoTrs.Infrastructure.Mail.Mime;

/// <summary>
/// Lenient base64: line breaks, spaces and stray characters are skipped, missing padding is tolerated and
/// padding in the middle (concatenated encoder output) ends one quantum without ending the data.
/// </summary>
internal static class Base64Decoder
{
    private static readonly sbyte[] Values = BuildValues();

    public static ReadOnlyMemory<byte> Decode(ReadOnlySpan<byte> encoded)
    {
        var output = new byte[encoded.Length / 4 * 3 + 3];
        int written = 0;
        int quantum = 0;
        int count = 0;
        foreach (byte b in encoded)
        {
            int value = Values[b];
            if (value >= 0)
            {
                quantum = (quantum << 6) | value;
                if (++count == 4)
                {
                    output[written++] = (byte)(quantum >> 16);
                    output[written++] = (byte)(quantum >> 8);
                    output[written++] = (byte)quantum;
                    quantum = 0;
                    count = 0;
                }
            }
            else if (b == '=' && count > 0)
            {
                written = Flush(output, written, quantum, count);
                quantum = 0;
                count = 0;
            }
        }

        written = Flush(output, written, quantum, count);
        return new ReadOnlyMemory<byte>(output, 0, written);
    }

    public static byte[] Decode(string encoded)
    {
        var bytes = new byte[encoded.Length];
        for (int i = 0; i < encoded.Length; i++)
        {
            bytes[i] = encoded[i] < 128 ? (byte)encoded[i] : (byte)' ';
        }

        return Decode(bytes).ToArray();
    }

    // A partial quantum of two or three characters still carries whole bytes; a single character does not.
    private static int Flush(byte[] output, int written, int quantum, int count)
    {
        switch (count)
        {
            case 2:
                output[written++] = (byte)(quantum >> 4);
                break;
            case 3:
                output[written++] = (byte)(quantum >> 10);
                output[written++] = (byte)(quantum >> 2);
                break;
        }

        return written;
    }

    private static sbyte[] BuildValues()
    {
        var values = new sbyte[256];
        Array.Fill(values, (sbyte)-1);
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < alphabet.Length; i++)
        {
            values[alphabet[i]] = (sbyte)i;
        }

        // The URL-safe alphabet turns up in mail from web applications.
        values['-'] = 62;
        values['_'] = 63;
        return values;
    }
}
