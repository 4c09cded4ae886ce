namespace GoTrs.Infrastructure.Mail.Protocols;

/// <summary>The server could not be reached, closed the connection, or stopped answering within the timeout.</summary>
public sealed class MailboxConnectionException(string message, Exception? innerException = null)
    : MailboxException(message, innerException);
