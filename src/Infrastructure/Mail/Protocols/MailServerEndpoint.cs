namespace GoTrs.Infrastructure.Mail.Protocols;

/// <summary>Where a mailbox lives and how the connection to it is protected.</summary>
public sealed record MailServerEndpoint(string Host, int Port, MailSecurity Security);
