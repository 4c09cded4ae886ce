namespace GoTrs.Infrastructure.Mail.Mime;

/// <summary>
/// Reads msg-id lists (Message-ID, In-Reply-To, References). Ids are returned in angle brackets, the form OTRS
/// stores; ids written without brackets, separated by commas or wrapped in comments are accepted too.
/// </summary>
internal static class MessageIds
{
    public static IReadOnlyList<string> Parse(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return [];
        }

        var ids = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string text = StructuredText.RemoveComments(raw);
        int i = 0;
        while (i < text.Length)
        {
            int open = text.IndexOf('<', i);
            int close = open < 0 ? -1 : text.IndexOf('>', open + 1);
            if (close < 0)
            {
                break;
            }

            Add(ids, seen, text[(open + 1)..close]);
            i = close + 1;
        }

        if (ids.Count == 0)
        {
            foreach (var token in text.Split([' ', '\t', ',', ';'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (token.Contains('@', StringComparison.Ordinal))
                {
                    Add(ids, seen, token.Trim('"', '<', '>'));
                }
            }
        }

        return ids;
    }

    private static void Add(List<string> ids, HashSet<string> seen, string id)
    {
        string clean = string.Concat(id.Where(c => !char.IsWhiteSpace(c)));
        if (clean.Length > 0 && seen.Add(clean))
        {
            ids.Add($"<{clean}>");
        }
    }
}
