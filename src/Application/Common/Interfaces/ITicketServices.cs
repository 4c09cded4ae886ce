namespace GoTrs.Application.Common.Interfaces;

/// <summary>Produces the next ticket number with the configured OTRS generator; unique under concurrency.</summary>
public interface ITicketNumberGenerator
{
    Task<string> NextAsync(CancellationToken cancellationToken);
}

/// <summary>Server-side HTML safety for article bodies, plus the plain text kept for search.</summary>
public interface IHtmlSanitizer
{
    /// <summary>Keeps an allow-list of elements and attributes; removes scripts, event handlers, javascript: URLs and CSS expressions.</summary>
    string Sanitize(string html);

    /// <summary>The readable text of an HTML document (block elements become line breaks).</summary>
    string ToPlainText(string html);
}

/// <summary>Computes the escalation columns of tickets from their queue or SLA and the business calendar.</summary>
public interface IEscalationService
{
    Task RecalculateAsync(IReadOnlyCollection<long> ticketIds, CancellationToken cancellationToken);
}

/// <summary>
/// Draws ids from the tables' own sequences ahead of the insert, so that a ticket with its article, history and
/// attachments is written in one batch.
/// </summary>
public interface IIdAllocator
{
    /// <summary>One new id per table name, in the given order, in one round trip.</summary>
    Task<IReadOnlyList<long>> NextIdsAsync(IReadOnlyList<string> tables, CancellationToken cancellationToken);
}

/// <summary>
/// The ticket reads behind every screen, lists and the zoom, as hand-written SQL: building them with LINQ cost
/// more API time per request than the database took to answer them (ADR 0059).
/// </summary>
public interface ITicketReader
{
    /// <summary>
    /// The tickets matching <paramref name="query"/> that <paramref name="scope"/> lets the caller see: counted up to
    /// <paramref name="countLimit"/> + 1, then the requested page, sorted and with resolved names.
    /// </summary>
    Task<Features.Tickets.ListTickets.TicketListPage> ListAsync(
        Features.Tickets.ListTickets.ListTicketsQuery query, Features.Tickets.ListTickets.TicketScope scope, int countLimit,
        CancellationToken cancellationToken);

    /// <summary>
    /// The zoom's head in one statement: the ticket with resolved names, its queue's group, customer, accounted time,
    /// whether <paramref name="agentId"/> watches it and its number of articles (customer-visible ones only with
    /// <paramref name="customerOnly"/>). Null when no ticket has that id or number.
    /// </summary>
    Task<Features.Tickets.GetTicket.TicketZoomHead?> ZoomHeadAsync(
        Features.Tickets.Common.TicketLocator locator, int agentId, bool customerOnly, CancellationToken cancellationToken);

    /// <summary>
    /// One page of a ticket's articles (customer-visible ones only with <paramref name="customerOnly"/>), oldest first
    /// unless <paramref name="newestFirst"/>, with their attachments' metadata and HTML bodies: two statements.
    /// </summary>
    Task<IReadOnlyList<Features.Tickets.GetTicket.ArticleDto>> ArticlesAsync(
        long ticketId, bool customerOnly, Models.Paging paging, bool newestFirst, CancellationToken cancellationToken);

    /// <summary>A ticket's values of valid ticket dynamic fields, in field order: one statement.</summary>
    Task<IReadOnlyList<Features.Tickets.GetTicket.DynamicFieldDto>> DynamicFieldsAsync(long ticketId, CancellationToken cancellationToken);
}

/// <summary>
/// An agent's grants (direct and through roles) with their validity, read in one statement on every request that
/// checks permissions; hand-written SQL for the same reason as <see cref="ITicketReader"/>.
/// </summary>
public interface IAgentGrantReader
{
    Task<Domain.Permissions.EffectivePermissions> ForAgentAsync(int agentId, CancellationToken cancellationToken);
}
