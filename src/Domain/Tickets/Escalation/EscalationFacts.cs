namespace GoTrs.Domain.Tickets.Escalation;

/// <summary>
/// The ticket facts escalation depends on. <see cref="Articles"/> are in the order they were written; articles the
/// rules ignore (system senders, hidden from the customer) may be left out.
/// </summary>
public sealed record EscalationFacts(DateTimeOffset CreatedAt, string StateType, IReadOnlyList<ContactArticle> Articles);
