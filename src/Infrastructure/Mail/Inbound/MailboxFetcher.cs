using GoTrs.Application.Common.Exceptions;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Messaging;
using GoTrs.Application.Features.Mail.Common;
using GoTrs.Application.Features.Mail.DeliverMail;
using GoTrs.Application.Features.Mail.Inbound;
using GoTrs.Domain.Tickets.Numbers;
using GoTrs.Domain.Mail;
using GoTrs.Infrastructure.Mail.Protocols;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GoTrs.Infrastructure.Mail.Inbound;

/// <summary>
/// Imports a mail account's messages: each one is delivered (ticket, article or quarantine) and recorded by its server
/// id in one commit, and only then marked for deletion; the marks are applied at the end. One fetch per account at a
/// time across instances (advisory lock), so the poll job and "fetch now" never import the same message twice.
/// Deliveries run <see cref="MailOptions.DeliveryParallelism"/> at a time; related messages (<see cref="ThreadKeys"/>) in order.
/// </summary>
public sealed class MailboxFetcher(
    IServiceScopeFactory scopes, NpgsqlDataSource dataSource, MailServerTrust trust, FetchedMailLedger ledger, IInboundMailParser mailParser,
    TicketNumberParser numbers, IOptions<MailOptions> options) : IMailboxFetcher
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
        await using var connection = MailboxClientFactory.Create(ToMailbox(account), trust.ConnectionOptions());
        await connection.ConnectAsync(cancellationToken);
        var client = new SerialMailbox(connection);
        var waiting = await client.ListAsync(cancellationToken);
        var known = await KnownAsync(accountId, waiting.Select(m => m.Id).ToList(), cancellationToken);
        var counts = FetchCounts.None;
        foreach (var message in waiting.Where(m => known.Contains(m.Id)))
        {
            counts = counts.Add(DeliveryOutcome.AlreadyImported);
            await client.DeleteAsync(message.Id, cancellationToken);
        }

        // Messages are read from the server one after the other while earlier ones are delivered, several at a time;
        // a message that shares a thread key with one in flight waits for it, so related mail keeps its mailbox order.
        var fresh = waiting.Where(m => !known.Contains(m.Id)).ToList();
        var parallelism = Math.Max(1, options.Value.DeliveryParallelism);
        var inFlight = new List<(Task<DeliveryOutcome> Delivery, HashSet<string> Keys)>();
        Exception? failure = null;
        async Task CompleteOneAsync()
        {
            var done = await Task.WhenAny(inFlight.Select(f => f.Delivery));
            inFlight.RemoveAll(f => f.Delivery == done);
            try
            {
                counts = counts.Add(await done);
            }
            catch (Exception e)
            {
                failure ??= e; // the first failure ends the fetch once the deliveries in flight are done
            }
        }

        var next = fresh.Count > 0 ? TryFetchAsync(client, fresh[0], cancellationToken) : null;
        try
        {
            for (var i = 0; i < fresh.Count && failure is null; i++)
            {
                var raw = await next!;
                next = i + 1 < fresh.Count ? TryFetchAsync(client, fresh[i + 1], cancellationToken) : null;
                if (raw is null)
                {
                    counts = counts.LeftOne();
                    continue;
                }
                var mail = mailParser.Parse(raw);
                var keys = ThreadKeys.Of(mail, numbers);
                while (failure is null && (inFlight.Count >= parallelism || inFlight.Any(f => f.Keys.Overlaps(keys)))) await CompleteOneAsync();
                if (failure is null) inFlight.Add((DeliverThenMarkAsync(client, account, fresh[i].Id, raw, mail, cancellationToken), keys));
            }
        }
        finally
        {
            // Whatever ends the loop (the server gone, a failed delivery), no delivery outlives the account's lock.
            if (next is not null) await Task.WhenAny(next);
            while (inFlight.Count > 0) await CompleteOneAsync();
        }
        if (failure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        await client.CommitAsync(cancellationToken);
        await ledger.PruneAsync(accountId, waiting.Select(m => m.Id).ToList(), cancellationToken);
        return counts;
    }

    /// <summary>Delivers one message and, once its ticket or article is committed, marks it on the server.</summary>
    private async Task<DeliveryOutcome> DeliverThenMarkAsync(
        SerialMailbox client, MailAccount account, string serverId, byte[] raw, InboundMail mail, CancellationToken ct)
    {
        await Task.Yield(); // the caller goes on reading the next message meanwhile
        var outcome = await DeliverAsync(account, serverId, raw, mail, ct);
        await client.DeleteAsync(serverId, ct);
        return outcome;
    }

    private static async Task AdvisoryAsync(NpgsqlConnection connection, string function, int accountId, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"SELECT {function}(@c, @a)", connection);
        command.Parameters.AddWithValue("c", LockClass);
        command.Parameters.AddWithValue("a", accountId);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The message, or null when it is too large to fetch or was removed by someone else meanwhile.</summary>
    private async Task<byte[]?> TryFetchAsync(SerialMailbox client, MailboxMessage message, CancellationToken ct)
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

    private async Task<DeliveryOutcome> DeliverAsync(MailAccount account, string serverId, byte[] raw, InboundMail mail, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var byRecipient = account.QueueId == 0;
        var result = await scope.ServiceProvider.GetRequiredService<ISender>().Send(
            new DeliverMailCommand(raw, account.Id, serverId, byRecipient ? null : account.QueueId, account.Trusted == 1, byRecipient, mail), ct);
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

    /// <summary>One mailbox session used by the reading loop and the deliveries that finish meanwhile: one command at a time.</summary>
    private sealed class SerialMailbox(IMailboxClient client)
    {
        private readonly SemaphoreSlim _gate = new(1, 1);

        public Task<IReadOnlyList<MailboxMessage>> ListAsync(CancellationToken ct) => RunAsync(() => client.ListAsync(ct), ct);

        public Task<byte[]> FetchAsync(string id, CancellationToken ct) => RunAsync(() => client.FetchAsync(id, ct), ct);

        public Task DeleteAsync(string id, CancellationToken ct) => RunAsync(async () => { await client.DeleteAsync(id, ct); return true; }, ct);

        public Task CommitAsync(CancellationToken ct) => RunAsync(async () => { await client.CommitAsync(ct); return true; }, ct);

        private async Task<T> RunAsync<T>(Func<Task<T>> command, CancellationToken ct)
        {
            await _gate.WaitAsync(ct);
            try
            {
                return await command();
            }
            finally
            {
                _gate.Release();
            }
        }
    }
}
