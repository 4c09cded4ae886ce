using System.Globalization;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Features.Mail.Outbound;
using GoTrs.Domain.Articles;
using GoTrs.Domain.Common;
using GoTrs.Domain.Notifications;
using GoTrs.Domain.Tickets.Numbers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GoTrs.Application.Features.Notifications.SendNotifications;

/// <summary>A notification's subject (without the ticket hook) and body for one recipient.</summary>
public sealed record RenderedNotification(string Subject, string Body, bool IsHtml, string Language);

/// <summary>
/// Writes a notification for a recipient: the text in the recipient's language (else English, else any), with the
/// <c>&lt;OTRS_…&gt;</c> tags of replies and auto responses (<see cref="TagValues"/>) plus OTRS's notification tags —
/// <c>OTRS_TICKET_*</c> (every TicketGet attribute, dates in the recipient's time zone), <c>OTRS_AGENT_*</c> (the last
/// agent article), <c>OTRS_CONFIG_*</c> (a fixed, secret-free set) and <c>OTRS_NOTIFICATION_RECIPIENT_*</c>.
/// </summary>
public sealed class NotificationText(
    IAppDbContext db, TagValues tagValues, TimeProvider clock, IOptions<NotificationOptions> options, IOptions<TicketNumberOptions> numbers)
{
    /// <summary>The tags every recipient of one change shares.</summary>
    public async Task<OtrsTags> TagsAsync(NotifiedTicket notified, NotificationTrigger change, CancellationToken ct)
    {
        var tags = await tagValues.ForAsync(notified.Ticket, change.UserId, ct);
        var lastAgent = await TagValues.LastMessageOf(db, notified.Ticket.Id, ArticleSenderType.Agent)
            .Select(m => new { m.Subject, m.Body, m.From }).FirstOrDefaultAsync(ct);
        var o = options.Value;
        var more = notified.Attributes.Select(a => new KeyValuePair<string, string?>("TICKET_" + a.Key, a.Value))
            .Append(new("TICKET_NUMBER", notified.Ticket.TicketNumber))
            .Append(new("AGENT_SUBJECT", lastAgent?.Subject)).Append(new("AGENT_From", lastAgent?.From))
            .Append(new("CONFIG_HttpType", o.HttpType)).Append(new("CONFIG_FQDN", o.Fqdn))
            .Append(new("CONFIG_ScriptAlias", o.ScriptAlias)).Append(new("CONFIG_NotificationSenderName", o.SenderName))
            .Append(new("CONFIG_Ticket::Hook", numbers.Value.Hook)).Append(new("CONFIG_Ticket::HookDivider", numbers.Value.HookDivider))
            .Append(new("CONFIG_ProductName", "GoTrs"));
        return tags.With(more, lastAgent?.Body);
    }

    public RenderedNotification Render(OtrsTags shared, NotifiedTicket notified, IReadOnlyList<NotificationMessage> messages, Recipient recipient)
    {
        var message = Choose(messages, recipient.Languages);
        var tags = shared.With(recipient.Tags().Concat(Dates(notified, recipient.TimeZone)));
        var isHtml = ArticleContent.IsHtml(message.ContentType);
        return new RenderedNotification(
            tags.Apply(message.Subject), isHtml ? tags.ApplyHtml(message.Text) : tags.Apply(message.Text), isHtml, message.Language);
    }

    /// <summary>The text in the first of the languages that has one, else English, else the first written.</summary>
    public static NotificationMessage Choose(IReadOnlyList<NotificationMessage> messages, IReadOnlyList<string> languages) =>
        languages.Append("en")
            .Select(l => messages.FirstOrDefault(m => m.Language.Equals(l, StringComparison.OrdinalIgnoreCase)))
            .FirstOrDefault(m => m is not null)
        ?? messages.OrderBy(m => m.Id).FirstOrDefault()
        ?? new NotificationMessage { Subject = "-", Text = "-" };

    private IEnumerable<KeyValuePair<string, string?>> Dates(NotifiedTicket notified, string timeZone)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var found) ? found : TimeZoneInfo.Utc;
        string? Format(DateTimeOffset? time) => time is { } t
            ? $"{TimeZoneInfo.ConvertTime(t, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} ({zone.Id})"
            : null;
        DateTimeOffset? Epoch(int seconds) => seconds > 0 ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;

        var ticket = notified.Ticket;
        var escalation = Epoch(ticket.EscalationTimeEpoch);
        yield return new("TICKET_Created", Format(new DateTimeOffset(DateTime.SpecifyKind(ticket.CreateTime, DateTimeKind.Utc))));
        yield return new("TICKET_EscalationDestinationDate", Format(escalation));
        yield return new("TICKET_EscalationDestinationIn", escalation is { } due ? Span(due - clock.GetUtcNow()) : null);
        yield return new("TICKET_EscalationResponseTime", Format(Epoch(ticket.EscalationResponseTimeEpoch)));
        yield return new("TICKET_EscalationUpdateTime", Format(Epoch(ticket.EscalationUpdateTimeEpoch)));
        yield return new("TICKET_EscalationSolutionTime", Format(Epoch(ticket.EscalationSolutionTimeEpoch)));
        yield return new("TICKET_RealTillTimeNotUsed", Format(Epoch(ticket.UntilTimeEpoch)));
    }

    // "1 d 2 h 5 m" as OTRS writes ages, whichever side of now.
    private static string Span(TimeSpan span)
    {
        var minutes = (long)Math.Abs(span.TotalMinutes);
        var parts = new[] { (minutes / 1440, "d"), (minutes / 60 % 24, "h"), (minutes % 60, "m") }
            .Where(p => p.Item1 > 0).Select(p => $"{p.Item1} {p.Item2}").ToList();
        return parts.Count == 0 ? "0 m" : string.Join(" ", parts);
    }
}
