using System.Security.Cryptography;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Features.Mail.Common;
using GoTrs.Application.Features.Tickets.Common;
using GoTrs.Domain.Articles;
using GoTrs.Domain.Mail;
using GoTrs.Domain.Tickets;
using GoTrs.Domain.Tickets.Numbers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GoTrs.Application.Features.Mail.Outbound;

/// <summary>An e-mail article to send: who gets it and what it says (tags already substituted).</summary>
public sealed record OutboundArticle(
    Ticket Ticket, long ArticleId, int SenderTypeId, string Subject, string Body, bool IsHtml,
    IReadOnlyList<string> To, IReadOnlyList<string> Cc, IReadOnlyList<string> Bcc,
    IReadOnlyList<NewAttachment> Attachments, IReadOnlyList<KeyValuePair<string, string>> ExtraHeaders,
    string? Fingerprint = null, int? SystemAddressId = null, decimal? TimeUnits = null, Contact? Sender = null);

/// <summary>
/// Turns an e-mail article into the exact message that will be sent — From the queue's system address, the ticket
/// hook in the subject, a new Message-ID, In-Reply-To and References continuing the ticket's thread — and writes the
/// article, its raw source and the <c>mail_queue</c> row in the caller's unit of work, so the send job delivers it
/// even after a restart.
/// </summary>
/// <remarks>
/// Each entry of To, Cc and Bcc is one mailbox or a whole address list; they are read with <see cref="IAddressListParser"/>.
/// A given <see cref="OutboundArticle.Sender"/> saves looking up the queue's system address.
/// </remarks>
public sealed class MailOutbox(
    IAppDbContext db, ArticleFactory articles, IMailComposer composer, IAddressListParser addresses, TimeProvider clock,
    IOptions<TicketNumberOptions> numbers)
{
    public async Task<ArticleRows> QueueAsync(OutboundArticle mail, CancellationToken ct)
    {
        var ticket = mail.Ticket;
        var sender = mail.Sender ?? await SenderAsync(ticket.QueueId, mail.SystemAddressId, ct);
        // A ticket being created has no thread to continue yet.
        var parent = db.Entry(ticket).State == EntityState.Added ? null : await (
            from a in db.Articles
            join m in db.ArticleDataMime on a.Id equals m.ArticleId
            where a.TicketId == ticket.Id && m.MessageId != null
            orderby a.Id descending
            select new { m.MessageId, m.References }).FirstOrDefaultAsync(ct);
        var references = (parent?.References ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (parent?.MessageId is not null && !references.Contains(parent.MessageId)) references.Add(parent.MessageId);

        var now = clock.GetUtcNow();
        var messageId = NewMessageId(now, sender.Address);
        var subject = new TicketSubject(numbers.Value).Build(ticket.TicketNumber, mail.Subject,
            parent is null ? TicketSubjectAction.New : TicketSubjectAction.Reply);
        var from = new Contact(sender.DisplayName, sender.Address).ToString();
        var raw = composer.Compose(new OutgoingMail(from, mail.To, mail.Cc, subject, messageId, parent?.MessageId,
            references.TakeLast(20).ToList(), mail.Body, mail.IsHtml, now, mail.Attachments, mail.ExtraHeaders));

        var rows = articles.Build(new ArticleDraft(ticket.Id, mail.ArticleId, mail.SenderTypeId, Channels.Email, true, subject,
            mail.Body, mail.IsHtml ? ArticleContent.Html : ArticleContent.PlainText, from, Join(mail.To), Join(mail.Cc),
            Join(mail.Bcc), mail.Attachments, mail.TimeUnits));
        rows.Mime.MessageId = messageId;
        rows.Mime.MessageIdMd5 = MessageIdHash.Of(messageId);
        rows.Mime.InReplyTo = parent?.MessageId;
        rows.Mime.References = references.Count == 0 ? null : string.Join(" ", references);
        rows.AddTo(db);
        db.ArticleDataMimePlain.Add(new ArticleDataMimePlain { ArticleId = mail.ArticleId, Body = raw });
        db.MailQueue.Add(new MailQueueItem
        {
            ArticleId = mail.ArticleId, Sender = sender.Address, Recipient = RecipientsOf(mail),
            // Whole seconds: the OTRS column rounds to seconds, and rounding up would make the mail wait for the next run.
            RawMessage = raw, Attempts = 0, DueTime = WholeSeconds(now), CreateTime = WholeSeconds(now), InsertFingerprint = mail.Fingerprint,
        });
        return rows;
    }

    private async Task<Contact> SenderAsync(int queueId, int? systemAddressId, CancellationToken ct)
    {
        var id = systemAddressId ?? await db.Queues.Where(q => q.Id == queueId).Select(q => q.SystemAddressId).FirstAsync(ct);
        var address = await db.SystemAddresses.AsNoTracking().FirstAsync(s => s.Id == id, ct);
        return new Contact(address.DisplayName, address.Address);
    }

    /// <summary>A new Message-ID in the sender's domain: <c>&lt;epoch.random@domain&gt;</c>.</summary>
    internal static string NewMessageId(DateTimeOffset now, string senderAddress)
    {
        var at = senderAddress.LastIndexOf('@');
        var domain = at >= 0 && at < senderAddress.Length - 1 ? senderAddress[(at + 1)..] : "gotrs.localhost";
        return $"<{now.ToUnixTimeSeconds()}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(10))}@{domain}>";
    }

    private string RecipientsOf(OutboundArticle mail) => string.Join(",", mail.To.Concat(mail.Cc).Concat(mail.Bcc)
        .SelectMany(entry => addresses.Parse(entry).Mailboxes).Select(m => m.Address).Distinct(StringComparer.OrdinalIgnoreCase));

    /// <summary>mail_queue times in whole seconds (see <see cref="QueueAsync"/>).</summary>
    internal static DateTime WholeSeconds(DateTimeOffset time) => new(time.UtcTicks - time.UtcTicks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);

    private static string? Join(IReadOnlyList<string> addresses) => addresses.Count == 0 ? null : string.Join(", ", addresses);
}
