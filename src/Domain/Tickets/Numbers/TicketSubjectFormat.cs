namespace GoTrs.Domain.Tickets.Numbers;

/// <summary>Where the ticket hook goes in a subject (<c>Ticket::SubjectFormat</c>).</summary>
public enum TicketSubjectFormat
{
    Left,
    Right,
    None,
}

/// <summary>What the subject is built for: the first mail of a ticket, a reply or a forward.</summary>
public enum TicketSubjectAction
{
    New,
    Reply,
    Forward,
}
