namespace GoTrs.Infrastructure.Mail.Protocols;

/// <summary>
/// Why a mailbox session failed. The poll job catches this one type; the subtypes tell an admin what to fix
/// (credentials, certificate, server) when a mail account is tested from the admin area.
/// </summary>
public abstract class MailboxException : Exception
{
    protected MailboxException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
