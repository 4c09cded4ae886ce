using GoTrs.Application.Features.Mail.Common;
using GoTrs.Domain.Articles;
using GoTrs.Domain.Mail;
using GoTrs.Infrastructure.Jobs;
using GoTrs.Infrastructure.Mail.Mime;
using GoTrs.Infrastructure.Mail.Protocols;
using GoTrs.Infrastructure.Mail.Protocols.Smtp;
using GoTrs.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GoTrs.Infrastructure.Mail.Outbound;

/// <summary>
/// Sends the durable <c>mail_queue</c>: due rows are claimed with FOR UPDATE SKIP LOCKED, submitted byte for byte, and
/// deleted only once the relay accepted them. A failure is written to <c>article_data_mime_send_error</c> and retried
/// with exponential backoff; a permanent (5xx) refusal or too many attempts leave the row for an admin to retry.
/// </summary>
public sealed class MailSendJob(
    IServiceScopeFactory scopes, NpgsqlDataSource dataSource, TimeProvider clock, IOptions<MailOptions> options,
    IOptions<SmtpOptions> smtp, MailServerTrust trust, ILogger<MailSendJob> logger)
    : PeriodicJob(scopes, dataSource, clock, logger)
{
    private const int BatchSize = 20;

    public override long LockKey => 0x476F5472730020; // "GoTrs" 0020

    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.SendSeconds);

    protected override async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        // Without a relay nothing can succeed: queued mail waits untouched instead of using up its attempts.
        if (string.IsNullOrWhiteSpace(smtp.Value.Host)) return;
        var db = services.GetRequiredService<AppDbContext>();
        while (await SendBatchAsync(db, cancellationToken) == BatchSize)
            db.ChangeTracker.Clear();
    }

    private async Task<int> SendBatchAsync(AppDbContext db, CancellationToken ct)
    {
        var now = Clock.GetUtcNow();
        // due_time is an OTRS timestamp without time zone holding UTC.
        var due = new NpgsqlParameter("due", NpgsqlTypes.NpgsqlDbType.Timestamp) { Value = DateTime.SpecifyKind(now.UtcDateTime, DateTimeKind.Unspecified) };
        var max = options.Value.MaxSendAttempts;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var batch = await db.MailQueue.FromSql($"""
            SELECT * FROM mail_queue WHERE attempts < {max} AND (due_time IS NULL OR due_time <= {due})
            ORDER BY id LIMIT {BatchSize} FOR UPDATE SKIP LOCKED
            """).ToListAsync(ct);
        var submitter = new SmtpSubmitter(smtp.Value, trust.ConnectionOptions(TimeSpan.FromSeconds(smtp.Value.TimeoutSeconds)));
        foreach (var item in batch)
        {
            try
            {
                await submitter.SendAsync(item.Sender ?? "", Recipients(item), item.RawMessage, ct);
                db.MailQueue.Remove(item);
            }
            catch (Exception e) when (e is SmtpException or MailboxException)
            {
                Failed(db, item, e, now, max);
            }
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return batch.Count;
    }

    // Bare addresses, comma-separated; a quoted local part may itself hold a comma.
    private static string[] Recipients(MailQueueItem item) =>
        AddressListParser.Parse(item.Recipient, new ProblemLog()).Select(m => m.Address).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

    private void Failed(AppDbContext db, MailQueueItem item, Exception e, DateTimeOffset now, int max)
    {
        var code = (e as SmtpException)?.Code;
        item.Attempts = e is SmtpException { Permanent: true } ? max : item.Attempts + 1;
        item.LastSmtpCode = code;
        item.LastSmtpMessage = e.Message;
        item.DueTime = now.UtcDateTime + Backoff(item.Attempts);
        if (item.ArticleId is { } articleId)
            db.ArticleSendErrors.Add(new ArticleSendError
            {
                ArticleId = articleId, MessageId = MessageIdOf(item.RawMessage), LogMessage = e.Message, CreateTime = now.UtcDateTime,
            });
        logger.LogWarning("Mail {Id} not sent (attempt {Attempt}): {Error}", item.Id, item.Attempts, e.Message);
    }

    /// <summary>30 s, 1 min, 2 min, … capped at 2 h.</summary>
    public static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(7200, 30 * Math.Pow(2, Math.Max(0, attempts - 1))));

    private static string? MessageIdOf(byte[] raw)
    {
        var head = System.Text.Encoding.UTF8.GetString(raw, 0, Math.Min(raw.Length, 8192));
        var line = head.Split("\r\n").FirstOrDefault(l => l.StartsWith("Message-ID:", StringComparison.OrdinalIgnoreCase));
        var value = line?["Message-ID:".Length..].Trim();
        return value is { Length: > 200 } ? value[..200] : value;
    }
}
