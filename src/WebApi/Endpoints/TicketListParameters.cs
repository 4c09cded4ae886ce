using GoTrs.Application.Features.Tickets.ListTickets;

namespace GoTrs.WebApi.Endpoints;

/// <summary>
/// Query string of GET /tickets. List filters repeat (<c>?queueId=1&amp;queueId=2</c>) or take commas
/// (<c>?stateType=new,open</c>).
/// </summary>
public sealed class TicketListParameters
{
    public string[]? QueueId { get; init; }
    public string[]? StateId { get; init; }
    public string[]? StateType { get; init; }
    public string[]? PriorityId { get; init; }
    public string[]? TypeId { get; init; }
    public string[]? ServiceId { get; init; }
    public string[]? SlaId { get; init; }
    public string[]? OwnerId { get; init; }
    public string[]? ResponsibleId { get; init; }
    public string? CustomerUser { get; init; }
    public string? CustomerId { get; init; }
    public string? Lock { get; init; }
    public DateTimeOffset? CreatedFrom { get; init; }
    public DateTimeOffset? CreatedTo { get; init; }
    public DateTimeOffset? ChangedFrom { get; init; }
    public DateTimeOffset? ChangedTo { get; init; }
    public DateTimeOffset? PendingFrom { get; init; }
    public DateTimeOffset? PendingTo { get; init; }
    public DateTimeOffset? EscalationFrom { get; init; }
    public DateTimeOffset? EscalationTo { get; init; }
    public string? TicketNumber { get; init; }
    public string? Title { get; init; }
    public string? Q { get; init; }
    public bool? IncludeArchived { get; init; }
    public string? Sort { get; init; }
    public int? Page { get; init; }
    public int? PageSize { get; init; }

    public ListTicketsQuery ToQuery() => new()
    {
        QueueIds = Ids(QueueId, "queueId"), StateIds = Ids(StateId, "stateId"), StateTypes = Split(StateType),
        PriorityIds = Ids(PriorityId, "priorityId"), TypeIds = Ids(TypeId, "typeId"), ServiceIds = Ids(ServiceId, "serviceId"),
        SlaIds = Ids(SlaId, "slaId"), OwnerIds = Ids(OwnerId, "ownerId"), ResponsibleIds = Ids(ResponsibleId, "responsibleId"),
        CustomerUser = CustomerUser, CustomerId = CustomerId, Lock = Lock,
        CreatedFrom = CreatedFrom, CreatedTo = CreatedTo, ChangedFrom = ChangedFrom, ChangedTo = ChangedTo,
        PendingFrom = PendingFrom, PendingTo = PendingTo, EscalationFrom = EscalationFrom, EscalationTo = EscalationTo,
        TicketNumber = TicketNumber, Title = Title, Q = Q, IncludeArchived = IncludeArchived ?? false, Sort = Sort,
        Page = Page ?? 1, PageSize = PageSize ?? 25,
    };

    private static List<string> Split(string[]? values) =>
        (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();

    private static List<int> Ids(string[]? values, string name) => Split(values).Select(v =>
        int.TryParse(v, out var id) ? id
            : throw new Application.Common.Exceptions.ValidationException(name, $"'{v}' is not a whole number.")).ToList();
}
