namespace GoTrs.Application.Features.Mail.Common;

/// <summary>Configuration section "Mail" (inbound polling, outbound queue, loop protection).</summary>
public sealed class MailOptions
{
    public const string SectionName = "Mail";

    /// <summary>Seconds between two polls of the mail accounts.</summary>
    public int PollSeconds { get; set; } = 60;

    /// <summary>Seconds between two runs of the send queue.</summary>
    public int SendSeconds { get; set; } = 10;

    /// <summary>
    /// A PEM certificate file trusted in addition to the system's roots for mailbox and SMTP connections (a relay or
    /// mail server with a self-signed certificate).
    /// </summary>
    public string? TrustedCertificate { get; set; }

    /// <summary>Auto responses sent to one address per day at most (OTRS PostmasterMaxEmails).</summary>
    public int MaxAutoResponsesPerDay { get; set; } = 40;

    /// <summary>Send attempts before a queued mail waits for an admin's retry.</summary>
    public int MaxSendAttempts { get; set; } = 10;

    /// <summary>Queue for new tickets that neither a filter, a system address nor the account place (OTRS PostmasterDefaultQueue).</summary>
    public string DefaultQueue { get; set; } = "Raw";

    /// <summary>
    /// Largest message fetched (default 50 MB). A bigger one is left on the server untouched and reported, so it neither
    /// blocks the mailbox nor gets lost.
    /// </summary>
    public int MaxMessageBytes { get; set; } = 50 * 1024 * 1024;

    /// <summary>
    /// Messages of one fetch delivered at the same time (default 3). Messages that share a thread (Message-ID, reply ids,
    /// ticket number, sender) are still delivered one after the other in mailbox order.
    /// </summary>
    public int DeliveryParallelism { get; set; } = 3;

    /// <summary>
    /// Days a fetched message's server id is remembered after a listing of its mailbox no longer shows it (default 30;
    /// 0 = forever). The record only stops a message whose delete failed after its import from being imported twice.
    /// </summary>
    public int FetchedRetentionDays { get; set; } = 30;

    /// <summary>Whether IMAP messages are deleted (OTRS behaviour) or only flagged seen once imported.</summary>
    public bool ImapMarkSeenInsteadOfDelete { get; set; }
}
