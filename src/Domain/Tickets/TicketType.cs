using GoTrs.Domain.Common;

namespace GoTrs.Domain.Tickets;

public sealed class TicketType : NamedLookup;
