using System.Text;
using Utf8Validation = System.Text.Unicode.Utf8;

namespace GoTrs.Infrastructure.Mail.Mime;

/// <summary>
/// Turns bytes into text using the declared charset, but trusts the bytes over the label: mail declared as
/// Latin-1 is often UTF-8, mail declared as UTF-8 is sometimes Latin-1, and some declares nothing or a name
/// no one knows. Every such guess is recorded as a problem.
/// </summary>
internal static class TextDecoder
{
    public static string Decode(ReadOnlySpan<byte> bytes, string? charset, ProblemLog problems, string context) =>
        bytes.IsEmpty ? string.Empty : Clean(DecodeLabelled(bytes, charset, problems, context));

    /// <summary>Raw 8-bit header text carries no label: UTF-8 when it is valid UTF-8, else windows-1252.</summary>
    public static string DecodeUnlabelled(ReadOnlySpan<byte> bytes)
    {
        if (Ascii.IsValid(bytes))
        {
            return RemoveNul(Encoding.ASCII.GetString(bytes));
        }

        var encoding = Utf8Validation.IsValid(bytes) ? Charsets.Utf8 : Charsets.Windows1252;
        return RemoveNul(encoding.GetString(bytes));
    }

    private static string DecodeLabelled(ReadOnlySpan<byte> bytes, string? charset, ProblemLog problems, string context)
    {
        bool ascii = Ascii.IsValid(bytes);
        string name = Charsets.Normalize(charset);
        if (name.Length == 0)
        {
            return ascii ? Encoding.ASCII.GetString(bytes) : Guess(bytes, problems, $"8-bit {context} without a charset");
        }

        var encoding = Charsets.Resolve(name);
        if (encoding is null)
        {
            if (ascii)
            {
                problems.Add($"unknown charset {name} in {context}, decoded as us-ascii");
                return Encoding.ASCII.GetString(bytes);
            }

            return Guess(bytes, problems, $"unknown charset {name} in {context}");
        }

        if (encoding.CodePage == Encoding.UTF8.CodePage)
        {
            return DecodeUtf8(bytes, problems, context);
        }

        if (ascii && IsAsciiCompatible(encoding))
        {
            return Encoding.ASCII.GetString(bytes);
        }

        // Valid multi-byte UTF-8 is practically never meaningful text in a single-byte charset.
        if (encoding.IsSingleByte && Utf8Validation.IsValid(bytes))
        {
            problems.Add($"{context} declared as {name} but is UTF-8, decoded as utf-8");
            return Charsets.Utf8.GetString(bytes);
        }

        try
        {
            return Charsets.Strict(encoding).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            if (Utf8Validation.IsValid(bytes))
            {
                problems.Add($"{context} is not valid {name} but is UTF-8, decoded as utf-8");
                return Charsets.Utf8.GetString(bytes);
            }

            // Keeping the declared charset loses only the bad sequences; any other guess would garble all of it.
            problems.Add($"{context} has bytes invalid in {name}, replaced");
            return encoding.GetString(bytes);
        }
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes, ProblemLog problems, string context)
    {
        if (Utf8Validation.IsValid(bytes))
        {
            return Charsets.Utf8.GetString(bytes);
        }

        string lenient = Charsets.Utf8.GetString(bytes);
        if (HasValidMultiByteCharacter(lenient))
        {
            problems.Add($"{context} has bytes invalid in utf-8, replaced");
            return lenient;
        }

        problems.Add($"{context} declared as utf-8 but is not UTF-8, decoded as windows-1252");
        return Charsets.Windows1252.GetString(bytes);
    }

    private static string Guess(ReadOnlySpan<byte> bytes, ProblemLog problems, string what)
    {
        if (Utf8Validation.IsValid(bytes))
        {
            problems.Add($"{what}, decoded as utf-8");
            return Charsets.Utf8.GetString(bytes);
        }

        problems.Add($"{what}, decoded as windows-1252");
        return Charsets.Windows1252.GetString(bytes);
    }

    private static bool HasValidMultiByteCharacter(string text)
    {
        foreach (char c in text)
        {
            if (c > '\u007f' && c != '\ufffd')
            {
                return true;
            }
        }

        return false;
    }

    // Stateful 7-bit encodings and UTF-16/32 give ASCII bytes other meanings, so they take the full decoder.
    private static bool IsAsciiCompatible(Encoding encoding) =>
        encoding.CodePage is not (1200 or 1201 or 12000 or 12001 or 50220 or 50221 or 50222 or 50225 or 50227 or 52936 or 65000);

    private static string Clean(string text) => RemoveNul(text.Contains('\r') ? text.Replace("\r\n", "\n", StringComparison.Ordinal) : text);

    // PostgreSQL text cannot hold NUL, and no mail client shows one.
    private static string RemoveNul(string text) => text.Contains('\0') ? text.Replace("\0", string.Empty, StringComparison.Ordinal) : text;
}
