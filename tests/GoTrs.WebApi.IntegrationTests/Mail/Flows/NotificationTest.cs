using System.Text;
using GoTrs.Infrastructure.Mail.Mime;
using GoTrs.Infrastructure.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace GoTrs.WebApi.IntegrationTests.Mail.Flows;

/// <summary>
/// Base of the notification tests: agents with e-mail addresses and "My Queues", the notification and send jobs at
/// hand, and what the SMTP sink received read back as recipient, subject and decoded text.
/// </summary>
public abstract class NotificationTest : MailFlowTest
{
    protected sealed record SentMail(string To, string From, string Subject, string Text, string Raw);

    /// <summary>A valid agent with an address "&lt;login&gt;@agents.example" and the given grants on the support group.</summary>
    protected async Task<int> AgentAsync(string login, params string[] keys)
    {
        var id = await CreateAgentAsync(login, keys.Select(k => (SupportGroup, k)).ToArray());
        await SetPreferenceAsync(id, "UserEmail", $"{login}@agents.example");
        return id;
    }

    /// <summary>An agent with ro on the support group and its first queue in "My Queues".</summary>
    protected async Task<int> SubscriberAsync(string login)
    {
        var id = await AgentAsync(login, "ro");
        await AddMyQueueAsync(id, SupportQueue);
        return id;
    }

    /// <summary>A ticket in the support queue, opened by a new agent "creator" (rw) — the agent who made the change.</summary>
    protected async Task<GoTrs.Application.Features.Tickets.CreateTicket.CreatedTicket> TicketByCreatorAsync(string title = "Printer on fire")
    {
        await AgentAsync("creator", "rw");
        using var client = await LoginAsAsync("creator");
        return await CreateTicketAsync(client, title: title);
    }

    protected static Task SetPreferenceAsync(int agentId, string key, string value) => ExecuteAsync("""
        DELETE FROM user_preferences WHERE user_id = @user AND preferences_key = @key;
        INSERT INTO user_preferences (user_id, preferences_key, preferences_value) VALUES (@user, @key, @value)
        """, ("user", agentId), ("key", key), ("value", value));

    protected static Task AddMyQueueAsync(int agentId, int queueId) =>
        ExecuteAsync("INSERT INTO personal_queues (user_id, queue_id) VALUES (@user, @queue)", ("user", agentId), ("queue", queueId));

    protected static async Task<HttpClient> LoginAsAsync(string login) => WithToken((await LoginAsync(login, PersonaPassword)).AccessToken);

    protected static Task RunNotificationJobAsync() =>
        MailFlowSetup.Api.Services.GetRequiredService<NotificationJob>().RunOnceAsync(CancellationToken.None);

    private readonly HashSet<string> _seen = [];

    [SetUp]
    public void ForgetSeenMail() => _seen.Clear();

    /// <summary>Runs the notification job, sends the queue and returns the mails that reached the SMTP sink since the last call.</summary>
    protected async Task<IReadOnlyList<SentMail>> NotifyAsync()
    {
        await RunNotificationJobAsync();
        await SendQueuedAsync();
        return Received().Where(_seen.Add).Select(raw =>
        {
            var parsed = MimeParser.Parse(Encoding.UTF8.GetBytes(raw));
            return new SentMail(HeaderOf(raw, "To"), HeaderOf(raw, "From"), parsed.Subject, parsed.TextBody, raw);
        }).ToList();
    }

    protected static IReadOnlyList<string> Addressees(IEnumerable<SentMail> mails) =>
        mails.Select(m => GoTrs.Application.Features.Mail.Common.Contact.AddressOf(m.To)).Order(StringComparer.Ordinal).ToList();

    /// <summary>A valid notification as an admin would configure it, with an English text.</summary>
    protected static async Task<int> AddNotificationAsync(string name, string subject, string text, params (string Key, string Value)[] items)
    {
        var id = await ScalarAsync<int>("""
            INSERT INTO notification_event (name, valid_id, create_time, create_by, change_time, change_by)
            VALUES (@name, 1, now(), 1, now(), 1) RETURNING id
            """, ("name", name));
        await ExecuteAsync("""
            INSERT INTO notification_event_message (notification_id, subject, text, content_type, language)
            VALUES (@id, @subject, @text, 'text/plain', 'en')
            """, ("id", id), ("subject", subject), ("text", text));
        foreach (var (key, value) in items) await AddItemAsync(id, key, value);
        return id;
    }

    protected static Task AddItemAsync(int notificationId, string key, string value) => ExecuteAsync(
        "INSERT INTO notification_event_item (notification_id, event_key, event_value) VALUES (@id, @key, @value)",
        ("id", notificationId), ("key", key), ("value", value));

    protected static Task<List<string>> NotificationHistoryAsync(long ticketId) => ListAsync("""
        SELECT t.name || ' ' || h.name FROM ticket_history h JOIN ticket_history_type t ON t.id = h.history_type_id
        WHERE h.ticket_id = @id AND t.name IN ('SendAgentNotification', 'SendCustomerNotification') ORDER BY h.id
        """, ("id", ticketId));
}
