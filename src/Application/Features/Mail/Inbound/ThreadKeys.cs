using GoTrs.Application.Features.Mail.Common;
using GoTrs.Domain.Tickets.Numbers;

namespace GoTrs.Application.Features.Mail.Inbound;

/// <summary>
/// What ties a received message to others: its own Message-ID, the ids it answers (In-Reply-To, References, the id of
/// the mail it bounces), the ticket numbers in its subjects and its sender. Two messages of one fetch that share a key
/// may depend on each other (a reply to a message that opens a ticket in the same fetch; follow-ups to one ticket; one
/// sender's loop-protection count), so they are delivered one after the other, in mailbox order; the rest in parallel.
/// </summary>
public static class ThreadKeys
{
    public static HashSet<string> Of(InboundMail mail, TicketNumberParser numbers)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        void Id(string? id)
        {
            if (!string.IsNullOrWhiteSpace(id)) keys.Add("id:" + id.Trim().ToLowerInvariant());
        }

        Id(mail.MessageId);
        Id(mail.InReplyTo);
        Id(mail.BouncedMessageId);
        foreach (var reference in mail.References) Id(reference);
        foreach (var subject in new[] { mail.Subject, mail.BouncedSubject })
            if (numbers.Find(subject) is { } number) keys.Add("tn:" + number);
        if (!string.IsNullOrWhiteSpace(mail.FromAddress)) keys.Add("from:" + mail.FromAddress.Trim().ToLowerInvariant());
        return keys;
    }
}
