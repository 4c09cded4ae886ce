namespace GoTrs.Infrastructure.Mail.Protocols;

/// <summary>
/// The id names no message in this session: never listed, removed meanwhile by another client, or from before the
/// folder's UIDVALIDITY changed.
/// </summary>
public sealed class MailboxMessageNotFoundException(string id)
    : MailboxException($"No message with id '{id}' in this mailbox session.")
{
    public string Id { get; } = id;
}
