using System.Text;
using GoTrs.Infrastructure.Mail.Inbound;
using GoTrs.Infrastructure.Mail.Outbound;
using GoTrs.Infrastructure.UnitTests.Mail.Protocols;
using Microsoft.Extensions.DependencyInjection;

namespace GoTrs.WebApi.IntegrationTests.Mail.Flows;

/// <summary>Base of end-to-end mail tests: a mailbox of its own, a mail account pointing at it, the jobs at hand.</summary>
public abstract class MailFlowTest : MailTest
{
    private protected static MailServers Servers => MailFlowSetup.Servers;

    protected string MailboxUser { get; private set; } = "";
    protected int AccountId { get; private set; }

    [SetUp]
    public async Task CreateMailboxAsync()
    {
        var (user, password) = await Servers.NewUserAsync();
        MailboxUser = user;
        AccountId = await ScalarAsync<int>("""
            INSERT INTO mail_account (login, pw, host, account_type, queue_id, trusted, imap_folder, authentication_type, valid_id,
                                      create_time, create_by, change_time, change_by)
            VALUES (@login, @pw, @host, 'IMAP', @queue, 0, 'INBOX', 'password', 1, now(), 1, now(), 1) RETURNING id
            """, ("login", user), ("pw", password), ("host", $"{Servers.Host}:{Servers.Value("IMAP_PORT")}"), ("queue", SupportQueue));
    }

    protected Task SendToMailboxAsync(string message) => Servers.DeliverAsync(MailboxUser, Encoding.UTF8.GetBytes(message));

    protected static Task PollAsync() => MailFlowSetup.Api.Services.GetRequiredService<MailPollJob>().RunOnceAsync(CancellationToken.None);

    protected static Task SendQueuedAsync() => MailFlowSetup.Api.Services.GetRequiredService<MailSendJob>().RunOnceAsync(CancellationToken.None);

    private HashSet<string> _receivedBefore = [];

    [SetUp]
    public void RememberReceivedMail() => _receivedBefore = Directory.GetFiles(Servers.Value("SMTP_RECEIVED_DIR"), "*.eml").ToHashSet();

    /// <summary>What the SMTP sink received since the test began, oldest first, without the sink's envelope lines.</summary>
    protected IReadOnlyList<string> Received() =>
        ReceivedFiles().Select(f => string.Join("\r\n", File.ReadAllText(f).Split("\r\n").SkipWhile(l => l.StartsWith("X-Sink-", StringComparison.Ordinal))))
            .ToList();

    /// <summary>The envelope recipients (RCPT TO) of the one message the SMTP sink received since the test began.</summary>
    protected IReadOnlyList<string> EnvelopeRecipients() =>
        File.ReadAllText(ReceivedFiles().Single()).Split("\r\n").TakeWhile(l => l.StartsWith("X-Sink-", StringComparison.Ordinal))
            .Where(l => l.StartsWith("X-Sink-Rcpt-To:", StringComparison.Ordinal)).Select(l => l["X-Sink-Rcpt-To:".Length..].Trim().Trim('<', '>'))
            .ToList();

    private IEnumerable<string> ReceivedFiles() =>
        Directory.GetFiles(Servers.Value("SMTP_RECEIVED_DIR"), "*.eml").Where(f => !_receivedBefore.Contains(f)).Order(StringComparer.Ordinal);

    protected static string HeaderOf(string message, string name) =>
        message.Split("\r\n").TakeWhile(l => l.Length > 0)
            .Aggregate(new List<string>(), (lines, l) => { if (l.StartsWith(' ') && lines.Count > 0) lines[^1] += l; else lines.Add(l); return lines; })
            .Where(l => l.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase)).Select(l => l[(name.Length + 1)..].Trim()).FirstOrDefault() ?? "";
}
