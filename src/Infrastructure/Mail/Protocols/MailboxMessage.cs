namespace GoTrs.Infrastructure.Mail.Protocols;

/// <summary>
/// A message waiting in a mailbox. <see cref="Id"/> is stable across sessions (POP3 UIDL; IMAP UIDVALIDITY and
/// UID), so a poll job can recognise a message it has already turned into a ticket. <see cref="Size"/> is what the
/// server claims, used to refuse oversized messages early and never trusted for buffer sizes.
/// </summary>
public sealed record MailboxMessage(string Id, long Size);
