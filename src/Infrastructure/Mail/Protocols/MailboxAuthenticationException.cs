namespace GoTrs.Infrastructure.Mail.Protocols;

/// <summary>The server refused the login or password. The message carries the server's words, never the password.</summary>
public sealed class MailboxAuthenticationException(string message) : MailboxException(message);
