namespace GoTrs.Infrastructure.UnitTests.Mail.Protocols;

/// <summary>The ways a mailbox is reached in these tests: the five account types and the client paths beyond them.</summary>
public enum MailboxMode
{
    Pop3,
    Pop3S,
    Pop3StartTls,
    Imap,
    ImapS,
    ImapTls,

    /// <summary>A server without LITERAL+, SASL-IR and UIDPLUS: synchronising literals, plain EXPUNGE.</summary>
    ImapBasicServer,

    /// <summary>A server that says LOGINDISABLED: AUTHENTICATE PLAIN instead of LOGIN.</summary>
    ImapLoginDisabled,
}
