using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Features.Mail.Common;
using GoTrs.Domain.Common;
using GoTrs.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GoTrs.Infrastructure.Mail.Inbound;

/// <summary>Polls every valid mail account each <see cref="MailOptions.PollSeconds"/>; one instance at a time across servers.</summary>
public sealed class MailPollJob(
    IServiceScopeFactory scopes, NpgsqlDataSource dataSource, TimeProvider clock, IOptions<MailOptions> options,
    IMailboxFetcher fetcher, FetchedMailLedger ledger, ILogger<MailPollJob> logger)
    : PeriodicJob(scopes, dataSource, clock, logger)
{
    public override long LockKey => 0x476F5472730021; // "GoTrs" 0021

    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.PollSeconds);

    protected override async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<IAppDbContext>();
        var accounts = await db.MailAccounts.AsNoTracking()
            .Where(a => a.ValidId == Validity.Valid).OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(cancellationToken);
        foreach (var account in accounts)
        {
            try
            {
                var counts = await fetcher.FetchAsync(account, cancellationToken);
                if (counts != FetchCounts.None)
                    logger.LogInformation("Mail account {Account}: {Counts}", account, counts);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One unreachable mailbox must not keep the others from being read.
                logger.LogWarning(e, "Mail account {Account} could not be fetched", account);
            }
        }
        await ledger.PruneDeletedAccountsAsync(db, cancellationToken);
    }
}
