using System.Text.Json;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Messaging;
using GoTrs.Application.Features.Mail.Outbound;
using GoTrs.Application.Features.Tickets.Common;
using GoTrs.Domain.Common;
using GoTrs.Domain.Tickets;

namespace GoTrs.Application.Features.Tickets.CreateTicket;

/// <summary>Creates a ticket with its first article. Agents need <c>create</c> on the queue; customers open tickets for themselves.</summary>
public sealed record CreateTicketCommand(
    string? Title,
    int? QueueId,
    string? CustomerUser = null,
    string? CustomerId = null,
    int? StateId = null,
    DateTimeOffset? PendingUntil = null,
    int? PriorityId = null,
    int? TypeId = null,
    int? ServiceId = null,
    int? SlaId = null,
    int? OwnerId = null,
    int? ResponsibleId = null,
    bool? Lock = null,
    ArticleInput? Article = null,
    IReadOnlyDictionary<string, JsonElement>? DynamicFields = null) : IRequest<CreatedTicket>;

public sealed record CreatedTicket(long Id, string TicketNumber, long ArticleId);

/// <summary>
/// Writes the ticket, its article, attachments, time units, dynamic fields and history in one batch (ids are drawn
/// from the sequences first), then computes its escalation times if its SLA or queue sets any.
/// </summary>
public sealed class CreateTicketHandler(
    IAppDbContext db,
    CreateTicketPlanner planner,
    ITicketNumberGenerator numbers,
    IIdAllocator ids,
    ArticleFactory articles,
    HistoryTypeCache history,
    DynamicFieldWriter dynamicFields,
    IEscalationService escalation,
    AgentReply mail) : IRequestHandler<CreateTicketCommand, CreatedTicket>
{
    public async Task<CreatedTicket> Handle(CreateTicketCommand request, CancellationToken cancellationToken)
    {
        var plan = await planner.PlanAsync(request, cancellationToken);
        var fieldValues = await dynamicFields.ResolveAsync(request.DynamicFields, cancellationToken);
        var tn = await numbers.NextAsync(cancellationToken);
        var newIds = await ids.NextIdsAsync(["ticket", "article"], cancellationToken);
        var ticket = plan.Ticket;
        ticket.Id = newIds[0];
        ticket.TicketNumber = tn;
        db.Tickets.Add(ticket);

        // An agent's e-mail goes out as a reply does: composed, stored as the article's source and queued in this commit.
        var rows = plan.Mail is { } recipients
            ? await mail.QueueAsync(ticket, newIds[1], request.Article!, recipients, cancellationToken)
            : articles.Build(plan.Article with { TicketId = ticket.Id, ArticleId = newIds[1] });
        if (plan.Mail is null) rows.AddTo(db);

        var entries = new List<TicketHistory>
        {
            await history.EntryAsync(ticket, HistoryTypes.NewTicket,
                $"%%{tn}%%{plan.QueueName}%%{plan.PriorityName}%%{plan.StateName}%%{ticket.Id}", null, cancellationToken),
            await history.EntryAsync(ticket, plan.ArticleHistoryType, $"%%{plan.Article.Subject}", rows.Article.Id, cancellationToken),
        };
        if (plan.OwnerIsSomeoneElse)
            entries.Add(await history.EntryAsync(ticket, HistoryTypes.OwnerUpdate, $"%%{plan.OwnerLogin}%%{ticket.OwnerId}", null, cancellationToken));
        if (ticket.UntilTimeEpoch > 0)
            entries.Add(await history.EntryAsync(ticket, HistoryTypes.SetPendingTime,
                $"%%{EpochTime.ToDateTime(ticket.UntilTimeEpoch):yyyy-MM-dd HH:mm}", null, cancellationToken));
        if (rows.Time is not null)
            entries.Add(await history.EntryAsync(ticket, HistoryTypes.TimeAccounting,
                $"%%{rows.Time.TimeUnit}%%{rows.Time.TimeUnit}", rows.Article.Id, cancellationToken));
        foreach (var name in dynamicFields.Add(ticket.Id, fieldValues))
            entries.Add(await history.EntryAsync(ticket, HistoryTypes.TicketDynamicFieldUpdate, $"%%FieldName%%{name}", null, cancellationToken));
        db.TicketHistory.AddRange(entries);

        await db.SaveChangesAsync(cancellationToken);
        // Without escalation times the columns keep the 0 they were written with.
        if (plan.Escalates) await escalation.RecalculateAsync([ticket.Id], cancellationToken);
        return new CreatedTicket(ticket.Id, tn, rows.Article.Id);
    }
}
