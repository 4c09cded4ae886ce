namespace GoTrs.Infrastructure.Mail.Protocols;

/// <summary>The server refused a command or answered something this client cannot make sense of.</summary>
public sealed class MailboxProtocolException(string message) : MailboxException(message);
