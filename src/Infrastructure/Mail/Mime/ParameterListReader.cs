namespace GoTrs.Infrastructure.Mail.Mime;

/// <summary>
/// Splits a Content-Type or Content-Disposition value into its main value and raw <c>name=value</c> pairs.
/// Lenient where clients are sloppy: unquoted values with spaces, a missing ';', a missing closing quote,
/// and Windows paths whose backslashes are not escapes.
/// </summary>
internal static class ParameterListReader
{
    public static (string Value, List<KeyValuePair<string, string>> Parameters) Read(string raw)
    {
        int i = raw.IndexOf(';', StringComparison.Ordinal);
        string value = StructuredText.RemoveComments(i < 0 ? raw : raw[..i]).Trim();
        var parameters = new List<KeyValuePair<string, string>>();
        i = i < 0 ? raw.Length : i;
        while (i < raw.Length)
        {
            while (i < raw.Length && (raw[i] == ';' || char.IsWhiteSpace(raw[i])))
            {
                i++;
            }

            int nameStart = i;
            while (i < raw.Length && raw[i] is not ('=' or ';'))
            {
                i++;
            }

            if (i >= raw.Length || raw[i] == ';')
            {
                continue;
            }

            string name = raw[nameStart..i].Trim().ToLowerInvariant();
            i++;
            while (i < raw.Length && raw[i] is ' ' or '\t')
            {
                i++;
            }

            string parameterValue = i < raw.Length && raw[i] == '"' ? ReadQuoted(raw, ref i) : ReadToken(raw, ref i);
            if (name.Length > 0 && !name.Contains(' ', StringComparison.Ordinal))
            {
                parameters.Add(new(name, parameterValue));
            }
        }

        return (value, parameters);
    }

    private static string ReadQuoted(string raw, ref int i)
    {
        var value = new System.Text.StringBuilder();
        i++;
        while (i < raw.Length && raw[i] != '"')
        {
            // Only \" and \\ are escapes in practice; a backslash elsewhere is part of a Windows path.
            if (raw[i] == '\\' && i + 1 < raw.Length && raw[i + 1] is '"' or '\\')
            {
                i++;
            }

            value.Append(raw[i]);
            i++;
        }

        while (i < raw.Length && raw[i] != ';')
        {
            i++;
        }

        return value.ToString();
    }

    private static string ReadToken(string raw, ref int i)
    {
        int start = i;
        while (i < raw.Length && raw[i] != ';')
        {
            if (!char.IsWhiteSpace(raw[i]))
            {
                i++;
                continue;
            }

            // Each run of blanks is looked past once, so long runs cost linear time.
            int runEnd = i;
            while (runEnd < raw.Length && char.IsWhiteSpace(raw[runEnd]))
            {
                runEnd++;
            }

            if (StartsParameter(raw, runEnd))
            {
                break;
            }

            i = runEnd;
        }

        return raw[start..i].Trim();
    }

    // "charset=utf-8 format=flowed": whitespace followed by name= starts the next parameter.
    private static bool StartsParameter(string raw, int i)
    {
        int nameStart = i;
        while (i < raw.Length && (char.IsAsciiLetterOrDigit(raw[i]) || raw[i] is '-' or '_' or '*' or '.'))
        {
            i++;
        }

        return i > nameStart && i < raw.Length && raw[i] == '=';
    }
}
