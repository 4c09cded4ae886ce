using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using GoTrs.Application.Features.Mail.Common;
using GoTrs.Infrastructure.Mail.Protocols;
using Microsoft.Extensions.Options;

namespace GoTrs.Infrastructure.Mail;

/// <summary>Connection options for mailbox and SMTP sessions: the usual validation, plus one pinned certificate if configured.</summary>
public sealed class MailServerTrust(IOptions<MailOptions> options)
{
    private X509Certificate2? _pinned;

    public MailboxClientOptions ConnectionOptions(TimeSpan? timeout = null)
    {
        var file = options.Value.TrustedCertificate;
        var connection = MailboxClientOptions.Default with
        {
            ImapProcessedMessages = options.Value.ImapMarkSeenInsteadOfDelete ? ImapProcessedMessages.MarkSeen : ImapProcessedMessages.Delete,
            Timeout = timeout ?? MailboxClientOptions.Default.Timeout,
            MaxMessageBytes = options.Value.MaxMessageBytes,
        };
        if (string.IsNullOrEmpty(file)) return connection;
        _pinned ??= X509CertificateLoader.LoadCertificateFromFile(file);
        var pinned = _pinned;
        return connection with
        {
            CertificateValidation = (_, certificate, _, errors) =>
                errors == SslPolicyErrors.None || certificate is not null && certificate.GetCertHashString() == pinned.GetCertHashString(),
        };
    }
}
