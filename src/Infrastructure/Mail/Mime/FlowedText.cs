using System.Text;

namespace GoTrs.Infrastructure.Mail.Mime;

/// <summary>
/// Undoes format=flowed (RFC 3676), which Apple Mail and Thunderbird use: a line ending in a space continues
/// on the next line of the same quote depth. Without this, the article shows paragraphs broken at 72 columns.
/// </summary>
internal static class FlowedText
{
    public static string Unflow(string text, bool deleteSpace)
    {
        var output = new StringBuilder(text.Length);
        int paragraphDepth = -1;
        foreach (var rawLine in text.Split('\n'))
        {
            int depth = 0;
            while (depth < rawLine.Length && rawLine[depth] == '>')
            {
                depth++;
            }

            string content = rawLine[depth..];
            if (content.StartsWith(' '))
            {
                content = content[1..];
            }

            bool flowed = content.EndsWith(' ') && content != "-- ";
            if (paragraphDepth >= 0 && paragraphDepth != depth)
            {
                output.Append('\n');
                paragraphDepth = -1;
            }

            if (paragraphDepth < 0 && depth > 0)
            {
                output.Append('>', depth).Append(' ');
            }

            output.Append(flowed && deleteSpace ? content[..^1] : content);
            if (flowed)
            {
                paragraphDepth = depth;
            }
            else
            {
                output.Append('\n');
                paragraphDepth = -1;
            }
        }

        // Split adds one line after the final line break; drop the break it produced.
        return output.Length > 0 && output[^1] == '\n' ? output.ToString(0, output.Length - 1) : output.ToString();
    }
}
