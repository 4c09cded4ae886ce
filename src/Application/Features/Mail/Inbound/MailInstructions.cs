namespace GoTrs.Application.Features.Mail.Inbound;

/// <summary>
/// The X-OTRS-* / X-GOTRS-* values that steer a message: from postmaster filters, and from the message's own headers
/// when its account is trusted. Keys are stored without the prefix ("Queue", "Priority", "CustomerUser", …).
/// </summary>
public sealed class MailInstructions
{
    private static readonly string[] Prefixes = ["X-GOTRS-", "X-OTRS-"];
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Filters that matched, in order (for history and the quarantine reason).</summary>
    public List<string> MatchedFilters { get; } = [];

    public string? this[string key] => _values.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

    public bool Ignore => this["Ignore"] is { } v && (v == "1" || v.Equals("yes", StringComparison.OrdinalIgnoreCase) || v.Equals("true", StringComparison.OrdinalIgnoreCase));

    /// <summary>Sets a value given as a header name; names without one of the prefixes are ignored.</summary>
    public void SetHeader(string header, string value)
    {
        var key = Strip(header);
        if (key is not null) _values[key] = value.Trim();
    }

    public static string? Strip(string header) =>
        Prefixes.FirstOrDefault(p => header.StartsWith(p, StringComparison.OrdinalIgnoreCase)) is { } prefix
            ? header[prefix.Length..]
            : null;
}
