using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Features.Mail.Common;
using GoTrs.Application.Features.Tickets.Common;
using GoTrs.Domain.Articles;
using GoTrs.Domain.Common;
using GoTrs.Domain.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GoTrs.Application.Features.Mail.Inbound;

/// <summary>
/// Opens a ticket for a received message: queue from a filter, else the recipient's system address (dispatching by
/// To), else the account's queue, else the default queue; customer user recognised by the From address; state, priority,
/// type, title and customer overridable by filters.
/// </summary>
public sealed class NewTicketFromMail(
    IAppDbContext db, ITicketNumberGenerator numbers, IIdAllocator ids, InboundArticle articles, HistoryTypeCache history,
    IOptions<MailOptions> options)
{
    /// <summary>The new ticket, its article and history; <c>Escalates</c> when its queue sets escalation times.</summary>
    public async Task<(Ticket Ticket, long ArticleId, List<TicketHistory> History, bool Escalates)> CreateAsync(
        InboundMail mail, byte[] raw, MailInstructions instructions, Placement placement, CancellationToken ct)
    {
        var queue = await QueueAsync(mail, instructions, placement, ct);
        var (stateName, priorityName, typeName) = (instructions["State"] ?? "new", instructions["Priority"] ?? "3 normal", instructions["Type"] ?? "Unclassified");
        var customerKey = instructions["CustomerUser"]?.ToLowerInvariant() ?? mail.FromAddress?.ToLowerInvariant();
        // One statement for every lookup: ingest speed is a matter of round trips.
        var refs = await db.Valid.Where(v => v.Id == Validity.Valid).Select(_ => new
        {
            State = db.TicketStates.Where(s => s.Name == stateName && s.ValidId == Validity.Valid).Select(s => new { s.Id, s.Name }).FirstOrDefault(),
            Priority = db.TicketPriorities.Where(p => p.Name == priorityName && p.ValidId == Validity.Valid).Select(p => new { p.Id, p.Name }).FirstOrDefault(),
            TypeId = db.TicketTypes.Where(t => t.Name == typeName && t.ValidId == Validity.Valid).Select(t => (int?)t.Id).FirstOrDefault(),
            Customer = db.CustomerUsers
                .Where(c => c.ValidId == Validity.Valid && (c.Login.ToLower() == customerKey || c.Email.ToLower() == customerKey))
                .OrderBy(c => c.Login.ToLower() == customerKey ? 0 : 1).Select(c => new { c.Login, c.CustomerId }).FirstOrDefault(),
        }).SingleAsync(ct);
        var state = refs.State ?? throw new InvalidOperationException($"State '{stateName}' does not exist or is invalid.");
        var priority = refs.Priority ?? throw new InvalidOperationException($"Priority '{priorityName}' does not exist or is invalid.");
        var typeId = refs.TypeId;
        var customerUser = refs.Customer?.Login ?? instructions["CustomerUser"] ?? mail.FromAddress;
        var customerId = instructions["CustomerNo"] ?? instructions["CustomerID"] ?? refs.Customer?.CustomerId ?? mail.FromAddress;

        var tn = await numbers.NextAsync(ct);
        var newIds = await ids.NextIdsAsync(["ticket", "article"], ct);
        var title = instructions["Title"] ?? (string.IsNullOrWhiteSpace(mail.Subject) ? "(no subject)" : mail.Subject.Trim());
        var ticket = new Ticket
        {
            Id = newIds[0], TicketNumber = tn, Title = title.Length > 255 ? title[..255] : title, QueueId = queue.Id, StateId = state.Id,
            PriorityId = priority.Id, TypeId = typeId, OwnerId = SystemUser.Id, ResponsibleId = SystemUser.Id,
            LockId = TicketLockType.Unlock, CustomerUserId = customerUser, CustomerId = customerId,
        };
        db.Tickets.Add(ticket);
        articles.Add(db, mail, raw, ticket.Id, newIds[1], ArticleSenderType.Customer, visible: true);
        var entries = new List<TicketHistory>
        {
            await history.EntryAsync(ticket, HistoryTypes.NewTicket, $"%%{tn}%%{queue.Name}%%{priority.Name}%%{state.Name}%%{ticket.Id}", null, ct),
            await history.EntryAsync(ticket, HistoryTypes.EmailCustomer, $"%%{mail.Subject}", newIds[1], ct),
        };
        var escalates = queue.FirstResponseTime > 0 || queue.UpdateTime > 0 || queue.SolutionTime > 0;
        return (ticket, newIds[1], entries, escalates);
    }

    private async Task<Domain.Queues.Queue> QueueAsync(InboundMail mail, MailInstructions instructions, Placement placement, CancellationToken ct)
    {
        var valid = db.Queues.AsNoTracking().Where(q => q.ValidId == Validity.Valid);
        if (int.TryParse(instructions["QueueID"], out var byId) && await valid.FirstOrDefaultAsync(q => q.Id == byId, ct) is { } q1) return q1;
        if (instructions["Queue"] is { } name && await valid.FirstOrDefaultAsync(q => q.Name == name, ct) is { } q2) return q2;
        if (placement.DispatchByRecipient)
        {
            var recipients = mail.ToAddresses.Concat(mail.CcAddresses)
                .Concat(new[] { mail.Header("Delivered-To"), mail.Header("X-Original-To") }.OfType<string>())
                .Select(a => Contact.AddressOf(a).ToLowerInvariant()).Distinct().ToList();
            var queueId = await db.SystemAddresses.Where(s => s.ValidId == Validity.Valid && recipients.Contains(s.Address.ToLower()))
                .OrderBy(s => s.Id).Select(s => (int?)s.QueueId).FirstOrDefaultAsync(ct);
            if (queueId is not null && await valid.FirstOrDefaultAsync(q => q.Id == queueId, ct) is { } q3) return q3;
        }
        if (placement.AccountQueueId is { } accountQueue && await valid.FirstOrDefaultAsync(q => q.Id == accountQueue, ct) is { } q4) return q4;
        return await valid.FirstOrDefaultAsync(q => q.Name == options.Value.DefaultQueue, ct)
            ?? throw new InvalidOperationException($"No queue for the message: the default queue '{options.Value.DefaultQueue}' is missing or invalid.");
    }
}
