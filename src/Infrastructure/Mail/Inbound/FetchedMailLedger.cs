using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Features.Mail.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GoTrs.Infrastructure.Mail.Inbound;

/// <summary>
/// Keeps <c>gotrs_mail_fetched</c> from growing forever. A row only matters while its message can still be listed: it
/// stops a message whose delete failed after its commit from being imported again. So a row goes once it is older than
/// <see cref="MailOptions.FetchedRetentionDays"/> and a complete listing of its mailbox no longer showed it, or once its
/// account is gone. Pruning follows a successful session only; 0 days keeps every row.
/// </summary>
public sealed class FetchedMailLedger(IServiceScopeFactory scopes, TimeProvider clock, IOptions<MailOptions> options, ILogger<FetchedMailLedger> logger)
{
    /// <param name="listed">The server ids the session that just committed listed: everything still in the mailbox.</param>
    public async Task PruneAsync(int accountId, IReadOnlyCollection<string> listed, CancellationToken ct)
    {
        if (Cutoff() is not { } cutoff) return;
        var ids = listed.ToList();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
            var removed = await db.FetchedMail.Where(f => f.MailAccountId == accountId && f.FetchedAt < cutoff && !ids.Contains(f.ServerId))
                .ExecuteDeleteAsync(ct);
            if (removed > 0) logger.LogInformation("Mail account {Account}: forgot {Count} fetched messages no longer on the server", accountId, removed);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The fetch itself succeeded; rows kept a little longer do no harm.
            logger.LogWarning(e, "Mail account {Account}: fetched messages could not be pruned", accountId);
        }
    }

    /// <summary>Forgets the messages of mail accounts that no longer exist.</summary>
    public async Task PruneDeletedAccountsAsync(IAppDbContext db, CancellationToken ct)
    {
        if (Cutoff() is not { } cutoff) return;
        var removed = await db.FetchedMail.Where(f => f.FetchedAt < cutoff && !db.MailAccounts.Any(a => a.Id == f.MailAccountId))
            .ExecuteDeleteAsync(ct);
        if (removed > 0) logger.LogInformation("Forgot {Count} fetched messages of deleted mail accounts", removed);
    }

    private DateTimeOffset? Cutoff() =>
        options.Value.FetchedRetentionDays > 0 ? clock.GetUtcNow().AddDays(-options.Value.FetchedRetentionDays) : null;
}
