namespace GoTrs.Infrastructure.Mail.Protocols;

/// <summary>TLS could not be set up: certificate rejected, handshake failed, or STARTTLS not offered.</summary>
public sealed class MailboxTlsException(string message, Exception? innerException = null)
    : MailboxException(message, innerException);
