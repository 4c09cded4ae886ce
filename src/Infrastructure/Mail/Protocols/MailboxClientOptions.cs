using System.Net.Security;

namespace GoTrs.Infrastructure.Mail.Protocols;

/// <summary>Limits and TLS trust for a mailbox session. The defaults suit production.</summary>
public sealed record MailboxClientOptions
{
    public static MailboxClientOptions Default { get; } = new();

    /// <summary>How long one read, write, connect or TLS handshake may wait for the server.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Largest message fetched; a bigger one fails with <see cref="MailboxMessageTooLargeException"/>.</summary>
    public int MaxMessageBytes { get; init; } = 50 * 1024 * 1024;

    /// <summary>Longest protocol line accepted from the server (status lines, listings; not message content).</summary>
    public int MaxLineBytes { get; init; } = 64 * 1024;

    /// <summary>
    /// Replaces the platform's certificate validation, e.g. to trust one pinned self-signed certificate.
    /// Null (the default) validates the chain and the host name as usual.
    /// </summary>
    public RemoteCertificateValidationCallback? CertificateValidation { get; init; }

    public ImapProcessedMessages ImapProcessedMessages { get; init; } = ImapProcessedMessages.Delete;
}
