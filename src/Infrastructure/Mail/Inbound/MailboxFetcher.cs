using GoTrs.Application.Common.Exceptions;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Messaging;
using GoTrs.Application.Features.Mail.Common;
using GoTrs.Application.Features.Mail.DeliverMail;
using GoTrs.Domain.Mail;
using GoTrs.Infrastructure.Mail.Protocols;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GoTrs.Infrastructure.Mail.Inbound;

/// <summary>
/// Imports a mail account's messages: each one is delivered (ticket, article or quarantine) and recorded by its server
/// id in one commit, and only then marked for deletion; the marks are applied at the end. One fetch per account at a
/// time across instances (advisory lock), so the poll job and "fetch now" never import the same message twice.
/// </summary>
public sealed class MailboxFetcher(IServiceScopeFactory scopes, NpgsqlDataSource dataSource, MailServerTrust trust, FetchedMailLedger ledger)
    : IMailboxFetcher
{
    private const int LockClass = 0x476F5472; // "GoTr"; the account id is the second key

    public async Task<int> TestAsync(int accountId, CancellationToken cancellationToken)
    {
        var account = await LoadAsync(accountId, cancellationToken);
        await using var client = MailboxClientFactory.Create(ToMailbox(account), trust.ConnectionOptions(TimeSpan.FromSeconds(20)));
        await client.ConnectAsync(cancellationToken);
        return (await client.ListAsync(cancellationToken)).Count;
    }

    public async Task<FetchCounts> FetchAsync(int accountId, CancellationToken cancellationToken)
    {
        var account = await LoadAsync(accountId, cancellationToken);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await AdvisoryAsync(connection, "pg_advisory_lock", accountId, cancellationToken);
        try
        {
            return await FetchLockedAsync(account, cancellationToken);
        }
        finally
        {
            // Pooled connections outlive this call, so the session lock must be released explicitly; a broken
            // session has released it already, and the fetch's own outcome matters more.
            try
            {
                await AdvisoryAsync(connection, "pg_advisory_unlock", accountId, CancellationToken.None);
            }
            catch (NpgsqlException)
            {
            }
        }
    }

    private async Task<FetchCounts> FetchLockedAsync(MailAccount account, CancellationToken cancellationToken)
    {
        var accountId = account.Id;
        await using var client = MailboxClientFactory.Create(ToMailbox(account), trust.ConnectionOptions());
        await client.ConnectAsync(cancellationToken);
        var waiting = await client.ListAsync(cancellationToken);
        var known = await KnownAsync(accountId, waiting.Select(m => m.Id).ToList(), cancellationToken);
        var counts = FetchCounts.None;
        foreach (var message in waiting.Where(m => known.Contains(m.Id)))
        {
            counts = counts.Add(DeliveryOutcome.AlreadyImported);
            await client.DeleteAsync(message.Id, cancellationToken);
        }

        // The next message is read from the server while this one is written to the database.
        var fresh = waiting.Where(m => !known.Contains(m.Id)).ToList();
        var raw = fresh.Count > 0 ? await TryFetchAsync(client, fresh[0], cancellationToken) : null;
        for (var i = 0; i < fresh.Count; i++)
        {
            var fetchingNext = i + 1 < fresh.Count ? TryFetchAsync(client, fresh[i + 1], cancellationToken) : null;
            DeliveryOutcome? outcome;
            try
            {
                outcome = raw is null ? null : await DeliverAsync(account, fresh[i].Id, raw, cancellationToken);
            }
            catch
            {
                if (fetchingNext is not null) await Task.WhenAny(fetchingNext);
                throw;
            }
            raw = fetchingNext is null ? null : await fetchingNext;
            if (outcome is null)
            {
                counts = counts.LeftOne();
                continue;
            }
            counts = counts.Add(outcome.Value);
            await client.DeleteAsync(fresh[i].Id, cancellationToken);
        }
        await client.CommitAsync(cancellationToken);
        await ledger.PruneAsync(accountId, waiting.Select(m => m.Id).ToList(), cancellationToken);
        return counts;
    }

    private static async Task AdvisoryAsync(NpgsqlConnection connection, string function, int accountId, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"SELECT {function}(@c, @a)", connection);
        command.Parameters.AddWithValue("c", LockClass);
        command.Parameters.AddWithValue("a", accountId);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The message, or null when it is too large to fetch or was removed by someone else meanwhile.</summary>
    private async Task<byte[]?> TryFetchAsync(IMailboxClient client, MailboxMessage message, CancellationToken ct)
    {
        if (message.Size > trust.ConnectionOptions().MaxMessageBytes) return null;
        try
        {
            return await client.FetchAsync(message.Id, ct);
        }
        catch (Exception e) when (e is MailboxMessageTooLargeException or MailboxMessageNotFoundException)
        {
            return null;
        }
    }

    private async Task<DeliveryOutcome> DeliverAsync(MailAccount account, string serverId, byte[] raw, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var byRecipient = account.QueueId == 0;
        var result = await scope.ServiceProvider.GetRequiredService<ISender>().Send(
            new DeliverMailCommand(raw, account.Id, serverId, byRecipient ? null : account.QueueId, account.Trusted == 1, byRecipient), ct);
        return result.Outcome;
    }

    private async Task<HashSet<string>> KnownAsync(int accountId, List<string> ids, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        var known = await db.FetchedMail.Where(f => f.MailAccountId == accountId && ids.Contains(f.ServerId)).Select(f => f.ServerId).ToListAsync(ct);
        return known.ToHashSet(StringComparer.Ordinal);
    }

    private async Task<MailAccount> LoadAsync(int accountId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        return await db.MailAccounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == accountId, ct)
            ?? throw new NotFoundException($"Mail account {accountId} does not exist.");
    }

    public static MailboxAccount ToMailbox(MailAccount account)
    {
        var (host, port) = SplitHost(account.Host);
        return new MailboxAccount(Enum.Parse<MailAccountType>(account.AccountType, ignoreCase: true), host, account.Login, account.Password,
            port, string.IsNullOrWhiteSpace(account.ImapFolder) ? "INBOX" : account.ImapFolder);
    }

    /// <summary>OTRS has no port column: a port travels in the host as "host:port".</summary>
    public static (string Host, int? Port) SplitHost(string host)
    {
        var colon = host.LastIndexOf(':');
        return colon > 0 && !host.Contains(']', StringComparison.Ordinal) && int.TryParse(host[(colon + 1)..], out var port)
            ? (host[..colon], port)
            : (host, null);
    }
}
