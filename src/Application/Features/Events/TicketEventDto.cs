namespace GoTrs.Application.Features.Events;

/// <summary>
/// One ticket change as clients receive it. <see cref="Kind"/>: TicketCreated, TicketUpdated, ArticleCreated or
/// TicketMerged; <see cref="HistoryType"/> is the OTRS history type behind it (AddNote, StateUpdate, Move, …).
/// </summary>
public sealed record TicketEventDto(
    long Id, long TicketId, string TicketNumber, int QueueId, string Kind, string HistoryType, long? ArticleId, int UserId,
    DateTimeOffset At);

/// <summary>
/// An event with the ticket's current queue group and customer, and whether its article (if any) is visible to
/// customers, for deciding who may see it.
/// </summary>
public sealed record TicketEventEnvelope(
    TicketEventDto Event, int GroupId, string? CustomerUserId, string? CustomerId, bool ArticleVisibleForCustomer);
