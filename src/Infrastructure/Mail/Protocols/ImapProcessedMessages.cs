namespace GoTrs.Infrastructure.Mail.Protocols;

/// <summary>What committing does to an IMAP message the caller has processed. POP3 can only delete.</summary>
public enum ImapProcessedMessages
{
    /// <summary>Flag <c>\Deleted</c> and expunge.</summary>
    Delete,

    /// <summary>Flag <c>\Seen</c> and leave the message; only unseen messages are listed.</summary>
    MarkSeen,
}
