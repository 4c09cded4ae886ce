namespace GoTrs.Infrastructure.Html;

/// <summary>
/// Splits a style attribute into declarations the way CSS does (semicolons inside strings or parentheses do
/// not separate) and flags each one that contains a comment, an escape, a block or an unterminated string or
/// parenthesis: those are the constructs that let a value mean something other than it appears to.
/// </summary>
internal static class CssDeclarationSplitter
{
    public static List<(string Text, bool Suspicious)> Split(string style)
    {
        var declarations = new List<(string, bool)>();
        int start = 0;
        int depth = 0;
        char quote = '\0';
        bool inComment = false;
        bool suspicious = false;

        for (int i = 0; i < style.Length; i++)
        {
            char c = style[i];
            if (inComment)
            {
                if (c == '*' && i + 1 < style.Length && style[i + 1] == '/')
                {
                    inComment = false;
                    i++;
                }

                continue;
            }

            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
                else if (c is '\\' or '\n' or '\r' or '\f')
                {
                    suspicious = true;
                }

                continue;
            }

            switch (c)
            {
                case '/' when i + 1 < style.Length && style[i + 1] == '*':
                    inComment = true;
                    suspicious = true;
                    i++;
                    break;
                case '"' or '\'':
                    quote = c;
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    suspicious |= depth < 0;
                    depth = Math.Max(depth, 0);
                    break;
                case '\\' or '{' or '}' or '[' or ']' or '<' or '>' or '@':
                    suspicious = true;
                    break;
                case ';' when depth == 0:
                    declarations.Add((style[start..i], suspicious));
                    start = i + 1;
                    suspicious = false;
                    break;
            }
        }

        suspicious |= inComment || quote != '\0' || depth != 0;
        if (start < style.Length)
        {
            declarations.Add((style[start..], suspicious));
        }

        return declarations;
    }
}
