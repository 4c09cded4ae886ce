using System.Text;

namespace GoTrs.Infrastructure.Html;

/// <summary>
/// Escapes text and attribute values for output. Angle brackets are escaped in attributes too so that no
/// consumer that re-serialises or pattern-matches the markup can mistake a value for a tag.
/// </summary>
internal static class HtmlEscaper
{
    public static StringBuilder AppendText(StringBuilder output, string text)
    {
        foreach (char c in text)
        {
            _ = c switch
            {
                '&' => output.Append("&amp;"),
                '<' => output.Append("&lt;"),
                '>' => output.Append("&gt;"),
                '\u00A0' => output.Append("&nbsp;"),
                _ => output.Append(c),
            };
        }

        return output;
    }

    public static StringBuilder AppendAttributeValue(StringBuilder output, string value)
    {
        foreach (char c in value)
        {
            _ = c switch
            {
                '&' => output.Append("&amp;"),
                '"' => output.Append("&quot;"),
                '<' => output.Append("&lt;"),
                '>' => output.Append("&gt;"),
                '\u00A0' => output.Append("&nbsp;"),
                _ => output.Append(c),
            };
        }

        return output;
    }
}
