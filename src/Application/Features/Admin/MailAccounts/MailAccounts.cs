using GoTrs.Application.Common.Exceptions;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Messaging;
using GoTrs.Application.Features.Mail.Common;
using GoTrs.Domain.Mail;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Application.Features.Admin.MailAccounts;

/// <summary>
/// A mail account as the admin API shows it — never with its password. <see cref="DispatchingBy"/> "From" is OTRS's
/// "dispatching by the To: field" (stored as queue 0): the recipient's system address decides the queue.
/// </summary>
public sealed record MailAccountDto(
    int Id, string Login, string Host, int? Port, string Type, string? ImapFolder, int? QueueId, string DispatchingBy,
    bool Trusted, int ValidId, string? Comments);

public sealed record ListMailAccountsQuery : IRequest<IReadOnlyList<MailAccountDto>>;

public sealed record GetMailAccountQuery(int Id) : IRequest<MailAccountDto>;

/// <summary>Creates (no <see cref="Id"/>) or replaces a mail account; a missing password on update keeps the stored one.</summary>
public sealed record SaveMailAccountCommand(
    int? Id, string? Login, string? Password, string? Host, int? Port, string? Type, string? ImapFolder, int? QueueId,
    string? DispatchingBy, bool? Trusted, int? ValidId, string? Comments = null) : IRequest<MailAccountDto>;

public sealed record DeleteMailAccountCommand(int Id) : IRequest<Unit>;

public sealed record TestMailAccountCommand(int Id) : IRequest<MailAccountTestResult>;

public sealed record MailAccountTestResult(bool Success, int? MessagesWaiting, string? Error);

public sealed record FetchMailAccountCommand(int Id) : IRequest<FetchCounts>;

public sealed class MailAccountHandlers(IAppDbContext db, IMailboxFetcher mailboxes)
    : IRequestHandler<ListMailAccountsQuery, IReadOnlyList<MailAccountDto>>,
      IRequestHandler<GetMailAccountQuery, MailAccountDto>,
      IRequestHandler<SaveMailAccountCommand, MailAccountDto>,
      IRequestHandler<DeleteMailAccountCommand, Unit>,
      IRequestHandler<TestMailAccountCommand, MailAccountTestResult>,
      IRequestHandler<FetchMailAccountCommand, FetchCounts>
{
    public const string ByQueue = "Queue";
    public const string ByRecipient = "From";
    public static readonly IReadOnlyList<string> Types = ["POP3", "POP3S", "IMAP", "IMAPS", "IMAPTLS"];

    public async Task<IReadOnlyList<MailAccountDto>> Handle(ListMailAccountsQuery request, CancellationToken cancellationToken) =>
        (await db.MailAccounts.AsNoTracking().OrderBy(a => a.Id).ToListAsync(cancellationToken)).Select(ToDto).ToList();

    public async Task<MailAccountDto> Handle(GetMailAccountQuery request, CancellationToken cancellationToken) =>
        ToDto(await FindAsync(request.Id, cancellationToken));

    public async Task<MailAccountDto> Handle(SaveMailAccountCommand request, CancellationToken cancellationToken)
    {
        var byQueue = !string.Equals(request.DispatchingBy, ByRecipient, StringComparison.OrdinalIgnoreCase);
        if (byQueue && !await db.Queues.AnyAsync(q => q.Id == request.QueueId, cancellationToken))
            throw new ValidationException("queueId", "The queue does not exist.");
        if (request.Id is null && string.IsNullOrEmpty(request.Password)) throw new ValidationException("password", "A new account needs a password.");
        var account = request.Id is { } id ? await FindAsync(id, cancellationToken) : db.MailAccounts.Add(new MailAccount()).Entity;
        account.Login = request.Login!.Trim();
        if (!string.IsNullOrEmpty(request.Password)) account.Password = request.Password;
        account.Host = request.Port is { } port ? $"{request.Host!.Trim()}:{port}" : request.Host!.Trim();
        account.AccountType = Types.First(t => t.Equals(request.Type, StringComparison.OrdinalIgnoreCase));
        account.ImapFolder = string.IsNullOrWhiteSpace(request.ImapFolder) ? null : request.ImapFolder.Trim();
        account.QueueId = byQueue ? request.QueueId!.Value : 0;
        account.Trusted = request.Trusted == true ? 1 : 0;
        account.ValidId = request.ValidId ?? 1;
        account.Comments = request.Comments;
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(account);
    }

    public async Task<Unit> Handle(DeleteMailAccountCommand request, CancellationToken cancellationToken)
    {
        if (await db.MailAccounts.Where(a => a.Id == request.Id).ExecuteDeleteAsync(cancellationToken) == 0)
            throw new NotFoundException($"Mail account {request.Id} was not found.");
        return Unit.Value;
    }

    public async Task<MailAccountTestResult> Handle(TestMailAccountCommand request, CancellationToken cancellationToken)
    {
        await FindAsync(request.Id, cancellationToken);
        try
        {
            return new MailAccountTestResult(true, await mailboxes.TestAsync(request.Id, cancellationToken), null);
        }
        catch (Exception e) when (e is not OperationCanceledException and not NotFoundException)
        {
            // The admin wants to know why the mailbox cannot be read (host, TLS, login); that is the answer, not an error.
            return new MailAccountTestResult(false, null, e.Message);
        }
    }

    public async Task<FetchCounts> Handle(FetchMailAccountCommand request, CancellationToken cancellationToken)
    {
        await FindAsync(request.Id, cancellationToken);
        return await mailboxes.FetchAsync(request.Id, cancellationToken);
    }

    private async Task<MailAccount> FindAsync(int id, CancellationToken ct) =>
        await db.MailAccounts.FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException($"Mail account {id} was not found.");

    private static MailAccountDto ToDto(MailAccount a)
    {
        var colon = a.Host.LastIndexOf(':');
        var hasPort = colon > 0 && int.TryParse(a.Host[(colon + 1)..], out _);
        return new MailAccountDto(a.Id, a.Login, hasPort ? a.Host[..colon] : a.Host, hasPort ? int.Parse(a.Host[(colon + 1)..]) : null,
            a.AccountType, a.ImapFolder, a.QueueId == 0 ? null : a.QueueId, a.QueueId == 0 ? ByRecipient : ByQueue, a.Trusted == 1, a.ValidId, a.Comments);
    }
}
