namespace GoTrs.Application.Features.Notifications;

/// <summary>Configuration section "Notifications" (ticket notifications by e-mail, ADR 0050).</summary>
public sealed class NotificationOptions
{
    public const string SectionName = "Notifications";

    /// <summary>
    /// False discards ticket changes instead of notifying them (e.g. while a Znuny on the same database still sends
    /// its own notifications).
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Seconds between two runs of the notification job.</summary>
    public int IntervalSeconds { get; set; } = 5;

    /// <summary>Failed attempts after which a change is left in gotrs_notification_event for inspection.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>OTRS AgentSelfNotifyOnAction: agents are also notified of their own changes.</summary>
    public bool AgentSelfNotifyOnAction { get; set; }

    /// <summary>&lt;OTRS_CONFIG_HttpType&gt; in notification texts (links to the ticket).</summary>
    public string HttpType { get; set; } = "http";

    /// <summary>&lt;OTRS_CONFIG_FQDN&gt;: the host name (and port) agents reach GoTrs at.</summary>
    public string Fqdn { get; set; } = "localhost";

    /// <summary>&lt;OTRS_CONFIG_ScriptAlias&gt;; GoTrs redirects &lt;alias&gt;index.pl?Action=AgentTicketZoom links to the ticket.</summary>
    public string ScriptAlias { get; set; } = "otrs/";

    /// <summary>&lt;OTRS_CONFIG_NotificationSenderName&gt;.</summary>
    public string SenderName { get; set; } = "GoTrs Notifications";
}
