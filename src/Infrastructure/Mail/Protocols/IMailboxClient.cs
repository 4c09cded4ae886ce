namespace GoTrs.Infrastructure.Mail.Protocols;

/// <summary>
/// One session with a POP3 or IMAP mailbox. The server changes nothing before <see cref="CommitAsync"/>: a caller
/// deletes a message only after its ticket or article is committed, and a session that ends any other way
/// (dispose, crash, lost connection) leaves every message where it was.
/// </summary>
public interface IMailboxClient : IAsyncDisposable
{
    /// <summary>Connects, secures the connection as configured, logs in and, for IMAP, selects the folder.</summary>
    Task ConnectAsync(CancellationToken cancellationToken = default);

    /// <summary>The messages waiting, oldest first.</summary>
    Task<IReadOnlyList<MailboxMessage>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>The raw message exactly as the server holds it, with CRLF line ends; never marks it seen.</summary>
    Task<byte[]> FetchAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Marks a message as processed; it leaves the mailbox (or is flagged seen) at <see cref="CommitAsync"/>.</summary>
    Task DeleteAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Applies the marks and ends the session.</summary>
    Task CommitAsync(CancellationToken cancellationToken = default);
}
