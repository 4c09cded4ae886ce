namespace GoTrs.Infrastructure.Html;

/// <summary>Decides whether a link's visible text already says where it goes, so the URL need not be repeated.</summary>
internal static class LinkText
{
    private static readonly string[] Prefixes = ["mailto:", "tel:", "https://", "http://"];

    public static bool Names(string text, string url) =>
        string.Equals(Canonical(text), Canonical(url), StringComparison.OrdinalIgnoreCase);

    private static string Canonical(string value)
    {
        var span = value.AsSpan().Trim();
        foreach (string prefix in Prefixes)
        {
            if (span.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                span = span[prefix.Length..];
                break;
            }
        }

        return span.TrimEnd('/').ToString();
    }
}
