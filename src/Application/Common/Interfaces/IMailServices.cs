using GoTrs.Application.Features.Mail.Common;

namespace GoTrs.Application.Common.Interfaces;

/// <summary>Reads a raw RFC 5322 message; never throws for malformed input (see <see cref="InboundMail.Unreadable"/>).</summary>
public interface IInboundMailParser
{
    InboundMail Parse(byte[] raw);
}

/// <summary>
/// Reads RFC 5322 address lists — quoted display names with commas, RFC 2047 encoded words, groups, comments, Outlook's
/// ';' — with the parser that reads received mail, so that what agents type and what customers send are read alike.
/// </summary>
public interface IAddressListParser
{
    AddressList Parse(string? list);
}

/// <summary>Renders an outgoing message as the exact RFC 5322 bytes that are stored and sent.</summary>
public interface IMailComposer
{
    byte[] Compose(OutgoingMail mail);
}

/// <summary>Talks to the mailboxes of mail accounts (POP3/IMAP).</summary>
public interface IMailboxFetcher
{
    /// <summary>Connects and logs in; returns how many messages wait.</summary>
    Task<int> TestAsync(int accountId, CancellationToken cancellationToken);

    /// <summary>Imports every waiting message of the account; each leaves the server only after its commit.</summary>
    Task<FetchCounts> FetchAsync(int accountId, CancellationToken cancellationToken);
}
