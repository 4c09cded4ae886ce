using GoTrs.Domain.Common;

namespace GoTrs.Domain.Tickets;

/// <summary>Kinds of history entries (NewTicket, StateUpdate, …); code looks them up by name.</summary>
public sealed class TicketHistoryType : NamedLookup
{
    public string? Comments { get; set; }
}
