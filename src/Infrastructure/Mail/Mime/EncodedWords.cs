using System.Text;

namespace GoTrs.Infrastructure.Mail.Mime;

/// <summary>
/// Decodes RFC 2047 encoded words (<c>=?charset?B|Q?text?=</c>) wherever they occur, since many clients
/// put them inside quoted strings or glued to other text. Adjacent words of one charset are decoded as one
/// byte run because encoders split multi-byte characters across words.
/// </summary>
internal static class EncodedWords
{
    // RFC 2047 allows 75 characters and encoders exceed that, but a word that never ends must not be
    // searched for to the end of a long header once for every "=?" in it.
    private const int MaxWordLength = 4096;

    public static string Decode(string text, ProblemLog? problems = null)
    {
        if (!text.Contains("=?", StringComparison.Ordinal))
        {
            return text;
        }

        var output = new StringBuilder(text.Length);
        var pending = new List<byte>();
        string? pendingCharset = null;
        int i = 0;
        while (i < text.Length)
        {
            int start = text.IndexOf("=?", i, StringComparison.Ordinal);
            if (start < 0)
            {
                break;
            }

            if (!TryRead(text, start, out string charset, out byte[] bytes, out int end))
            {
                Flush();
                output.Append(text, i, start + 2 - i);
                i = start + 2;
                continue;
            }

            bool onlySpaceBetween = pendingCharset is not null && text.AsSpan(i, start - i).IsWhiteSpace();
            if (!onlySpaceBetween || pendingCharset != charset)
            {
                Flush();
                if (!onlySpaceBetween)
                {
                    output.Append(text, i, start - i);
                }
            }

            pendingCharset = charset;
            pending.AddRange(bytes);
            i = end;
        }

        Flush();
        output.Append(text, i, text.Length - i);
        return output.ToString();

        void Flush()
        {
            if (pendingCharset is null)
            {
                return;
            }

            output.Append(TextDecoder.Decode(pending.ToArray(), pendingCharset, problems ?? new ProblemLog(), "encoded word"));
            pending.Clear();
            pendingCharset = null;
        }
    }

    private static bool TryRead(string text, int start, out string charset, out byte[] bytes, out int end)
    {
        charset = string.Empty;
        bytes = [];
        end = start;
        int charsetEnd = text.IndexOf('?', start + 2);
        if (charsetEnd < 0 || charsetEnd == start + 2 || charsetEnd - start > 80 || charsetEnd + 2 >= text.Length
            || text[charsetEnd + 2] != '?' || HasSpace(text, start + 2, charsetEnd))
        {
            return false;
        }

        char encoding = char.ToUpperInvariant(text[charsetEnd + 1]);
        int textStart = charsetEnd + 3;
        int textEnd = text.IndexOf("?=", textStart, Math.Min(MaxWordLength, text.Length - textStart), StringComparison.Ordinal);
        if (encoding is not ('B' or 'Q') || textEnd < 0 || text.AsSpan(textStart, textEnd - textStart).ContainsAny('\r', '\n'))
        {
            return false;
        }

        charset = Charsets.Normalize(text[(start + 2)..charsetEnd]);
        string encoded = text[textStart..textEnd];
        bytes = encoding == 'B' ? Base64Decoder.Decode(encoded) : QuotedPrintableDecoder.DecodeQ(encoded);
        end = textEnd + 2;
        return true;
    }

    private static bool HasSpace(string text, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
