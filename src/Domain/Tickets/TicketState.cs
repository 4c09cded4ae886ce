using GoTrs.Domain.Common;

namespace GoTrs.Domain.Tickets;

public sealed class TicketState : NamedLookup
{
    public string? Comments { get; set; }
    public int TypeId { get; set; }
}
