using System.Net;
using GoTrs.Application.Common.Exceptions;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Features.Tickets.Common;
using GoTrs.Domain.Articles;
using GoTrs.Domain.Tickets;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Application.Features.Mail.Outbound;

/// <summary>
/// An agent's e-mail reply: to the ticket's customer unless <c>to</c> says otherwise, wrapped in the queue's salutation
/// and signature, <c>&lt;OTRS_…&gt;</c> tags substituted, queued for sending.
/// </summary>
public sealed class AgentReply(IAppDbContext db, MailOutbox outbox, TagValues tags, ICurrentUser caller, IHtmlSanitizer sanitizer)
{
    public async Task<ArticleRows> QueueAsync(Ticket ticket, long articleId, ArticleInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var to = Addresses(input.To ?? await CustomerAddressAsync(ticket, ct), "to", errors);
        var cc = Addresses(input.Cc, "cc", errors);
        var bcc = Addresses(input.Bcc, "bcc", errors);
        if (to.Count == 0 && !errors.Any) errors.Add("to", "The ticket has no customer e-mail address: give 'to'.");
        errors.ThrowIfAny();

        var blocks = await (
            from q in db.Queues
            where q.Id == ticket.QueueId
            select new
            {
                Salutation = db.Salutations.Where(s => s.Id == q.SalutationId).Select(s => s.Text).FirstOrDefault(),
                Signature = db.Signatures.Where(s => s.Id == q.SignatureId).Select(s => s.Text).FirstOrDefault(),
            }).FirstAsync(ct);
        var text = await tags.ForAsync(ticket, caller.AgentId, ct);
        var isHtml = ArticleContent.IsHtml(input.ContentType);
        var body = isHtml
            ? $"{Html(text.Apply(blocks.Salutation))}{sanitizer.Sanitize(text.Apply(input.Body))}{Html(text.Apply(blocks.Signature))}"
            : string.Join("\n\n", new[] { text.Apply(blocks.Salutation), text.Apply(input.Body), text.Apply(blocks.Signature) }
                .Where(part => part.Trim().Length > 0));
        return await outbox.QueueAsync(new OutboundArticle(ticket, articleId, ArticleSenderType.Agent, text.Apply(input.Subject), body, isHtml,
            to, cc, bcc, input.Attachments ?? [], [], TimeUnits: input.TimeUnits), ct);
    }

    private async Task<string?> CustomerAddressAsync(Ticket ticket, CancellationToken ct)
    {
        var email = await db.CustomerUsers.Where(c => c.Login == ticket.CustomerUserId)
            .Select(c => "\"" + c.FirstName + " " + c.LastName + "\" <" + c.Email + ">").FirstOrDefaultAsync(ct);
        return email ?? (ticket.CustomerUserId is { } login && login.Contains('@') ? login : null);
    }

    private static List<string> Addresses(string? list, string field, FieldErrors errors)
    {
        var result = new List<string>();
        foreach (var entry in (list ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (System.Net.Mail.MailAddress.TryCreate(entry, out var address)) result.Add(entry);
            else errors.Add(field, $"'{entry}' is not an e-mail address.");
        }
        return result;
    }

    private static string Html(string plain) =>
        plain.Trim().Length == 0 ? "" : $"<p>{WebUtility.HtmlEncode(plain).Replace("\n", "<br>", StringComparison.Ordinal)}</p>";
}
