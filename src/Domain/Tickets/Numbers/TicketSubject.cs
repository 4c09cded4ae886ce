using System.Text.RegularExpressions;

namespace GoTrs.Domain.Tickets.Numbers;

/// <summary>
/// Builds and cleans ticket mail subjects as OTRS' <c>TicketSubjectBuild</c> / <c>TicketSubjectClean</c>: the hook
/// with the number goes left (default) or right, replies get "Re: " and forwards "Fwd: " in front.
/// </summary>
public sealed class TicketSubject
{
    private const string Ellipsis = " [...]";
    private const RegexOptions Flags = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private readonly TicketNumberOptions _options;
    private readonly Regex? _leadingPrefixes;

    public TicketSubject(TicketNumberOptions options)
    {
        _options = options;
        var words = new[] { options.SubjectRe, options.SubjectFwd }.Where(w => w.Length > 0).Select(Regex.Escape).ToList();
        // Mixed chains such as "Re: Fwd: RE[2]: " all go: a reply to a forward is still the same conversation.
        if (words.Count > 0)
            _leadingPrefixes = new Regex($@"^\s*(?:(?:{string.Join('|', words)})(?:\[[0-9]+\])?:\s*)+", Flags, MatchTimeout);
    }

    public string Build(
        string ticketNumber, string? subject, TicketSubjectAction action = TicketSubjectAction.New, bool noCleanup = false)
    {
        var text = noCleanup ? subject ?? "" : Clean(ticketNumber, subject);
        var hook = $"{_options.Hook}{_options.HookDivider}{ticketNumber}";
        var prefix = action switch
        {
            TicketSubjectAction.Reply when _options.SubjectRe.Length > 0 => _options.SubjectRe + ": ",
            TicketSubjectAction.Forward when _options.SubjectFwd.Length > 0 => _options.SubjectFwd + ": ",
            _ => "",
        };
        return _options.SubjectFormat switch
        {
            TicketSubjectFormat.Right => $"{prefix}{text} [{hook}]",
            TicketSubjectFormat.None => prefix + text,
            _ => $"{prefix}[{hook}] {text}",
        };
    }

    /// <summary>The subject without this ticket's hook, without leading reply/forward markers, trimmed and cut to size.</summary>
    public string Clean(string ticketNumber, string? subject)
    {
        var text = subject ?? "";
        var hook = Regex.Escape(_options.Hook);
        var number = Regex.Escape(ticketNumber);
        // The three spellings OTRS has written over the years: "Ticket#: 123", "Ticket#:123" and hook + divider + number.
        var spellings = $@"(?:{hook}:\s?{number}|{Regex.Escape(_options.Hook + _options.HookDivider)}{number})";
        text = Remove(text, $@"\[\s*{spellings}\s*\]\s*");
        if (_options.SubjectCleanAllNumbers)
            text = Remove(text, $@"\[\s*{Regex.Escape(_options.Hook + _options.HookDivider)}[0-9]+\s*\]\s*");
        text = Remove(text, $@"{spellings}\s*");
        if (_options.SubjectCleanAllNumbers)
            text = Remove(text, $@"{Regex.Escape(_options.Hook + _options.HookDivider)}[0-9]+\s*");
        if (_leadingPrefixes is not null) text = _leadingPrefixes.Replace(text, "", 1);
        return Cut(text.Trim());
    }

    private static string Remove(string text, string pattern) => Regex.Replace(text, pattern, "", Flags, MatchTimeout);

    private string Cut(string text)
    {
        var size = _options.SubjectSize;
        if (size <= 0 || text.Length <= size) return text;
        // Never leave half of a surrogate pair behind.
        var end = char.IsHighSurrogate(text[size - 1]) ? size - 1 : size;
        return text[..end] + Ellipsis;
    }
}
