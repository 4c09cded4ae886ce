using System.Text.RegularExpressions;

namespace GoTrs.Domain.Tickets.Numbers;

/// <summary>
/// Finds the ticket number in a mail subject or text as OTRS' <c>GetTNByString</c>: first hook + divider directly
/// followed by a number of the configured generator, then the "Ticket#: 2024…" spelling; case-insensitive.
/// </summary>
public sealed class TicketNumberParser
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private readonly Regex[] _patterns;

    public TicketNumberParser(TicketNumberOptions options)
    {
        var number = new TicketNumberFormat(options).Pattern;
        const RegexOptions flags = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
        _patterns =
        [
            new Regex($"{Regex.Escape(options.Hook + options.HookDivider)}({number})", flags, MatchTimeout),
            new Regex($@"{Regex.Escape(options.Hook)}:\s{{0,2}}({number})", flags, MatchTimeout),
        ];
    }

    /// <summary>The first number found, or null. Whether that ticket exists is for the caller to check.</summary>
    public string? Find(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        foreach (var pattern in _patterns)
        {
            var match = pattern.Match(text);
            if (match.Success) return match.Groups[1].Value;
        }
        return null;
    }
}
