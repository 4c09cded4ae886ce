using System.Net;
using GoTrs.Application.Common.Exceptions;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Features.Mail.Common;
using GoTrs.Application.Features.Tickets.Common;
using GoTrs.Domain.Articles;
using GoTrs.Domain.Tickets;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Application.Features.Mail.Outbound;

/// <summary>
/// An agent's e-mail — a reply, or the first article of a new e-mail ticket: to the ticket's customer unless <c>to</c>
/// says otherwise, from the queue's system address, wrapped in the queue's salutation and signature,
/// <c>&lt;OTRS_…&gt;</c> tags substituted, queued for sending.
/// </summary>
public sealed class AgentReply(
    IAppDbContext db, MailOutbox outbox, TagValues tags, ICurrentUser caller, IHtmlSanitizer sanitizer, RecipientReader recipients)
{
    public async Task<ArticleRows> QueueAsync(Ticket ticket, long articleId, ArticleInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var to = recipients.Read(input, input.To is null ? await CustomerMailboxAsync(ticket, ct) : null, "", errors);
        errors.ThrowIfAny();
        return await QueueAsync(ticket, articleId, input, to, ct);
    }

    /// <summary>Queues the mail to recipients read and checked beforehand (<see cref="RecipientReader"/>).</summary>
    public async Task<ArticleRows> QueueAsync(Ticket ticket, long articleId, ArticleInput input, Recipients to, CancellationToken ct)
    {
        var queue = await (
            from q in db.Queues
            where q.Id == ticket.QueueId
            select new
            {
                Salutation = db.Salutations.Where(s => s.Id == q.SalutationId).Select(s => s.Text).FirstOrDefault(),
                Signature = db.Signatures.Where(s => s.Id == q.SignatureId).Select(s => s.Text).FirstOrDefault(),
                Sender = db.SystemAddresses.Where(s => s.Id == q.SystemAddressId).Select(s => new Contact(s.DisplayName, s.Address)).FirstOrDefault(),
            }).FirstAsync(ct);
        var text = await tags.ForAsync(ticket, caller.AgentId, ct);
        var isHtml = ArticleContent.IsHtml(input.ContentType);
        var body = isHtml
            ? $"{Html(text.Apply(queue.Salutation))}{sanitizer.Sanitize(text.Apply(input.Body))}{Html(text.Apply(queue.Signature))}"
            : string.Join("\n\n", new[] { text.Apply(queue.Salutation), text.Apply(input.Body), text.Apply(queue.Signature) }
                .Where(part => part.Trim().Length > 0));
        return await outbox.QueueAsync(new OutboundArticle(ticket, articleId, ArticleSenderType.Agent, text.Apply(input.Subject), body, isHtml,
            to.To, to.Cc, to.Bcc, input.Attachments ?? [], [], TimeUnits: input.TimeUnits, Sender: queue.Sender), ct);
    }

    /// <summary>The customer user's mailbox, or the customer user id when that is an address (a customer not in the database).</summary>
    public static string? CustomerMailbox(string? customerUserId, string? fullName, string? email) =>
        Contact.IsAddress(email) ? new Contact(fullName, email!).ToString()
        : Contact.IsAddress(customerUserId) ? customerUserId
        : null;

    private async Task<string?> CustomerMailboxAsync(Ticket ticket, CancellationToken ct)
    {
        var customer = await db.CustomerUsers.Where(c => c.Login == ticket.CustomerUserId)
            .Select(c => new { FullName = c.FirstName + " " + c.LastName, c.Email }).FirstOrDefaultAsync(ct);
        return CustomerMailbox(ticket.CustomerUserId, customer?.FullName, customer?.Email);
    }

    private static string Html(string plain) =>
        plain.Trim().Length == 0 ? "" : $"<p>{WebUtility.HtmlEncode(plain).Replace("\n", "<br>", StringComparison.Ordinal)}</p>";
}
