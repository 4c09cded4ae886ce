using System.Text.Json;

namespace GoTrs.Domain.Notifications;

/// <summary>
/// A notification's items read as OTRS reads them: which events it listens to, which tickets and articles it is for
/// (every filter key must match one of its values; keys this class does not know are ignored), who receives it and
/// how. Only the e-mail transport exists here.
/// </summary>
public sealed class NotificationRule
{
    public const string EmailTransport = "Email";
    public const string CustomerRecipient = "Customer";

    // Keys that configure rather than filter (OTRS's list), and prefixes of the same kind.
    private static readonly HashSet<string> Settings = new(StringComparer.Ordinal)
    {
        "Events", "Recipients", "SkipRecipients", "RecipientAgents", "RecipientGroups", "RecipientRoles", "RecipientEmail",
        "Transports", "TransportEmailTemplate", "OncePerDay", "VisibleForAgent", "VisibleForAgentTooltip", "LanguageID",
        "SendOnOutOfOffice", "AgentEnabledByDefault", "IsVisibleForCustomer", "NotificationType", "ArticleAttachmentInclude",
    };

    private static readonly string[] ArticleFilters = ["ArticleSenderTypeID", "ArticleIsVisibleForCustomer", "ArticleCommunicationChannelID"];

    private readonly Dictionary<string, List<string>> _items;

    public NotificationRule(int id, string name, IEnumerable<NotificationItem> items)
    {
        Id = id;
        Name = name;
        _items = items.Where(i => i.NotificationId == id)
            .GroupBy(i => i.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(i => i.Value).ToList(), StringComparer.Ordinal);
    }

    public int Id { get; }
    public string Name { get; }

    public IReadOnlyList<string> Values(string key) => _items.TryGetValue(key, out var values) ? values : [];

    public bool ListensTo(IEnumerable<string> events) => events.Any(Values("Events").Contains);

    public bool SendsEmail => Values("Transports").Contains(EmailTransport);

    public IReadOnlyList<string> Recipients => Values("Recipients");

    public bool NotifiesCustomer => Recipients.Contains(CustomerRecipient);

    public IReadOnlyList<int> Ids(string key) =>
        Values(key).Select(v => int.TryParse(v, out var id) ? id : 0).Where(id => id > 0).Distinct().ToList();

    public bool OncePerDay => Flag("OncePerDay");

    public bool SendOnOutOfOffice => Flag("SendOnOutOfOffice");

    public bool ArticleVisibleForCustomer => Flag("IsVisibleForCustomer");

    /// <summary>True when the ticket attributes (OTRS TicketGet names) match every ticket filter of the notification.</summary>
    public bool MatchesTicket(IReadOnlyDictionary<string, string?> ticket)
    {
        foreach (var (key, values) in _items)
        {
            if (IsSetting(key) || !ticket.ContainsKey(key)) continue;
            var wanted = values.Where(v => v.Length > 0).ToList();
            if (wanted.Count == 0) continue;
            if (ticket[key] is not { Length: > 0 } actual || !wanted.Contains(actual, StringComparer.Ordinal)) return false;
        }
        return true;
    }

    /// <summary>True when the event's article (if it has one) matches the article filters.</summary>
    public bool MatchesArticle(ArticleFacts? article)
    {
        if (article is null) return true;
        foreach (var key in ArticleFilters)
        {
            var wanted = Values(key).Where(v => v.Length > 0).ToList();
            if (wanted.Count == 0) continue;
            var actual = key switch
            {
                "ArticleSenderTypeID" => article.SenderTypeId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "ArticleIsVisibleForCustomer" => article.IsVisibleForCustomer ? "1" : "0",
                _ => article.ChannelId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            if (!wanted.Contains(actual)) return false;
        }
        return Contains("MIMEBase_From", article.From) && Contains("MIMEBase_To", article.To) && Contains("MIMEBase_Cc", article.Cc)
               && Contains("MIMEBase_Subject", article.Subject) && Contains("MIMEBase_Body", article.Body);
    }

    /// <summary>
    /// Whether an agent gets the e-mail: for notifications shown in agents' preferences, the first of the given
    /// preferences (JSON objects like OTRS's "NotificationTransport": {"Notification-&lt;id&gt;-Email": 0 or 1}) that
    /// names this notification decides; without one the notification's AgentEnabledByDefault does.
    /// </summary>
    public bool AgentWants(params string?[] preferences)
    {
        var visible = Values("VisibleForAgent").FirstOrDefault();
        if (visible is null or "" or "0") return true;
        return preferences.Select(PreferenceOf).FirstOrDefault(p => p is not null) ?? Values("AgentEnabledByDefault").Contains(EmailTransport);
    }

    private bool? PreferenceOf(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty($"Notification-{Id}-{EmailTransport}", out var value)) return null;
            return value.ValueKind switch
            {
                JsonValueKind.Number => value.TryGetInt32(out var n) && n != 0,
                JsonValueKind.String => value.GetString() is { } s && s != "0" && s.Length > 0,
                JsonValueKind.True => true,
                _ => false,
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private bool Contains(string key, string? text)
    {
        var wanted = Values(key).Where(v => v.Length > 0).ToList();
        return wanted.Count == 0 || text is not null && wanted.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
    }

    private bool Flag(string key) => Values(key).FirstOrDefault() is { Length: > 0 } value && value != "0";

    private static bool IsSetting(string key) =>
        Settings.Contains(key) || key.StartsWith("Recipient", StringComparison.Ordinal) || key.StartsWith("Transport", StringComparison.Ordinal)
        || key.StartsWith("Article", StringComparison.Ordinal) || key.StartsWith("Email", StringComparison.Ordinal)
        || key.StartsWith("MIMEBase_", StringComparison.Ordinal);
}
