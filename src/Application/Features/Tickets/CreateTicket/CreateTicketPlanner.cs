using GoTrs.Application.Common.Exceptions;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Security;
using GoTrs.Application.Features.Mail.Outbound;
using GoTrs.Application.Features.Tickets.Common;
using GoTrs.Domain.Articles;
using GoTrs.Domain.Common;
using GoTrs.Domain.Permissions;
using GoTrs.Domain.Tickets;

namespace GoTrs.Application.Features.Tickets.CreateTicket;

/// <param name="Escalates">Whether the ticket's SLA or queue sets escalation times (else they stay 0).</param>
/// <param name="Mail">Who the first article is sent to, when it is an agent's e-mail visible to the customer.</param>
public sealed record TicketPlan(
    Ticket Ticket, ArticleDraft Article, string ArticleHistoryType, string QueueName, string StateName,
    string PriorityName, bool OwnerIsSomeoneElse, string OwnerLogin, bool Escalates = true, Recipients? Mail = null);

/// <summary>Resolves and checks everything a new ticket refers to, applying OTRS's defaults (state new, priority 3 normal).</summary>
public sealed class CreateTicketPlanner(
    ITicketReferenceReader references, ICurrentUser caller, IPermissionService permissions, TimeProvider clock,
    RecipientReader recipients)
{
    public async Task<TicketPlan> PlanAsync(CreateTicketCommand request, CancellationToken ct)
    {
        var isCustomer = caller.Kind == PrincipalKind.Customer;
        var errors = new FieldErrors();
        if (isCustomer) RejectAgentOnlyFields(request, errors);
        errors.ThrowIfAny();

        var customerLogin = isCustomer ? caller.Login : request.CustomerUser;
        var refs = await references.ResolveAsync(new ReferenceRequest(
            request.QueueId, request.StateId, request.PriorityId, request.TypeId, request.ServiceId, request.SlaId,
            request.OwnerId, request.ResponsibleId, customerLogin, "new", "3 normal", "Unclassified"), ct);

        var queue = ReferenceChecks.Valid(refs.Queue, "queueId", errors);
        var state = ReferenceChecks.Valid(refs.State, "stateId", errors);
        var priority = ReferenceChecks.Valid(refs.Priority, "priorityId", errors);
        var type = request.TypeId is null ? (refs.Type is { Valid: true } t ? t : null) : ReferenceChecks.Valid(refs.Type, "typeId", errors);
        var service = request.ServiceId is null ? null : ReferenceChecks.Valid(refs.Service, "serviceId", errors);
        var sla = request.SlaId is null ? null : ReferenceChecks.Valid(refs.Sla, "slaId", errors);
        if (sla is not null && service is not null && !refs.SlaMatchesService)
            errors.Add("slaId", "The SLA does not apply to the chosen service.");
        var owner = request.OwnerId is null ? null : ReferenceChecks.Valid(refs.Owner, "ownerId", errors);
        var responsible = request.ResponsibleId is null ? null : ReferenceChecks.Valid(refs.Responsible, "responsibleId", errors);
        var (customerUserId, customerId) = ResolveCustomer(request, refs.Customer, isCustomer, errors);
        var until = PendingTime.Resolve(state, request.PendingUntil, clock, errors);
        var mail = SendsMail(request.Article!, isCustomer)
            ? recipients.Read(request.Article!, AgentReply.CustomerMailbox(customerUserId, refs.Customer?.FullName, refs.Customer?.Email),
                "article.", errors)
            : null;
        errors.ThrowIfAny();

        await EnsureMayCreateAsync(queue!, isCustomer, ct);
        var agentId = caller.AgentId ?? SystemUser.Id;
        var ownerId = owner?.Id ?? (isCustomer ? SystemUser.Id : agentId);
        var closed = state!.TypeName == TicketStateType.Closed;
        var locked = !closed && (request.Lock ?? owner is not null);
        var ticket = new Ticket
        {
            Title = request.Title!.Trim(), QueueId = queue!.Id, StateId = state.Id, PriorityId = priority!.Id,
            TypeId = type?.Id, ServiceId = service?.Id, SlaId = sla?.Id, OwnerId = ownerId,
            ResponsibleId = responsible?.Id ?? ownerId, LockId = locked ? TicketLockType.Lock : TicketLockType.Unlock,
            CustomerUserId = customerUserId, CustomerId = customerId, UntilTimeEpoch = until,
            TimeoutEpoch = locked ? EpochTime.FromDateTime(clock.GetUtcNow()) : 0,
        };
        var input = request.Article!;
        var senderTypeId = input.SenderTypeId(isCustomer);
        var draft = new ArticleDraft(0, 0, senderTypeId, isCustomer ? Channels.Internal : input.ChannelId,
            isCustomer || (input.IsVisibleForCustomer ?? input.ChannelId != Channels.Internal),
            input.Subject!, input.Body!, input.ContentType, input.From ?? DefaultFrom(refs.Customer, senderTypeId),
            input.To ?? queue.Name, input.Cc, null, input.Attachments ?? [], input.TimeUnits);
        return new TicketPlan(ticket, draft, ArticleHistory.TypeFor(draft.ChannelId, senderTypeId, isCustomer),
            queue.Name, state.Name, priority.Name, owner is not null && owner.Id != agentId, owner?.Login ?? "", refs.Escalates, mail);
    }

    /// <summary>OTRS's "new e-mail ticket": an agent's e-mail the customer may see goes out to the customer.</summary>
    private static bool SendsMail(ArticleInput input, bool isCustomer) =>
        !isCustomer && input.ChannelId == Channels.Email && input.SenderTypeId(false) == ArticleSenderType.Agent
        && input.IsVisibleForCustomer != false;

    private async Task EnsureMayCreateAsync(QueueRef queue, bool isCustomer, CancellationToken ct)
    {
        var allowed = isCustomer
            ? (await permissions.CustomerVisibilityAsync(ct)).GroupPermissions.TryGetValue(queue.GroupId, out var keys)
              && keys.Contains(Permission.Rw)
            : (await permissions.AgentPermissionsAsync(ct)).Has(queue.GroupId, Permission.Create);
        if (!allowed) throw new ForbiddenException($"You may not create tickets in queue '{queue.Name}'.");
    }

    private static (string?, string?) ResolveCustomer(CreateTicketCommand r, CustomerRef? found, bool isCustomer, FieldErrors errors)
    {
        if (found is not null) return (found.Login, isCustomer ? found.CustomerId : r.CustomerId ?? found.CustomerId);
        var given = r.CustomerUser?.Trim();
        if (!isCustomer && given is not null && System.Net.Mail.MailAddress.TryCreate(given, out _))
            return (given, r.CustomerId ?? given);
        errors.Add("customerUser", "Give the login or e-mail address of a customer user, or a valid e-mail address.");
        return (null, null);
    }

    private static void RejectAgentOnlyFields(CreateTicketCommand r, FieldErrors errors)
    {
        if (r.OwnerId is not null) errors.Add("ownerId", "Customers cannot choose an owner.");
        if (r.ResponsibleId is not null) errors.Add("responsibleId", "Customers cannot choose a responsible agent.");
        if (r.StateId is not null) errors.Add("stateId", "Customers cannot choose the state.");
        if (r.Lock is not null) errors.Add("lock", "Customers cannot lock tickets.");
        if (r.CustomerUser is not null || r.CustomerId is not null)
            errors.Add("customerUser", "Customers open tickets for themselves.");
    }

    private static string? DefaultFrom(CustomerRef? customer, int senderTypeId) =>
        senderTypeId == ArticleSenderType.Customer && customer is not null
            ? $"\"{customer.FullName}\" <{customer.Email}>"
            : null;
}
