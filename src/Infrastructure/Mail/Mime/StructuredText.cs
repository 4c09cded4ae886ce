using System.Text;

namespace GoTrs.Infrastructure.Mail.Mime;

/// <summary>Small lexical pieces shared by the structured header readers (RFC 5322 §3.2).</summary>
internal static class StructuredText
{
    /// <summary>Reads a quoted string starting at the opening quote; an unclosed one runs to the end.</summary>
    public static string ReadQuoted(string text, ref int i)
    {
        var value = new StringBuilder();
        i++;
        while (i < text.Length && text[i] != '"')
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
            }

            value.Append(text[i]);
            i++;
        }

        i = Math.Min(i + 1, text.Length);
        return value.ToString();
    }

    /// <summary>Reads a comment starting at its '(' with nesting and quoted pairs; returns its text.</summary>
    public static string ReadComment(string text, ref int i)
    {
        var value = new StringBuilder();
        int depth = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                value.Append(text[i + 1]);
                i += 2;
                continue;
            }

            i++;
            if (c == '(' && depth++ == 0)
            {
                continue;
            }

            if (c == ')' && --depth == 0)
            {
                break;
            }

            value.Append(c);
        }

        return value.ToString();
    }

    public static string RemoveComments(string text)
    {
        if (!text.Contains('(', StringComparison.Ordinal))
        {
            return text;
        }

        var output = new StringBuilder(text.Length);
        int i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                int start = i;
                ReadQuoted(text, ref i);
                output.Append(text, start, i - start);
            }
            else if (text[i] == '(')
            {
                ReadComment(text, ref i);
                output.Append(' ');
            }
            else
            {
                output.Append(text[i++]);
            }
        }

        return output.ToString();
    }
}
