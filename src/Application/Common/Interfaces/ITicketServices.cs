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

/// <summary>The database's text search, behind a seam so the use cases stay provider-neutral.</summary>
public interface ITicketTextSearch
{
    /// <summary>
    /// Tickets with an article whose subject or body matches <paramref name="query"/> (web-search syntax); with
    /// <paramref name="customerVisibleOnly"/> only articles the customer can see count. <paramref name="fewMatches"/>
    /// says that few tickets match (known from the count), so collecting every match first beats walking the tickets.
    /// </summary>
    IQueryable<Features.Tickets.Common.TicketRow> FullText(
        IQueryable<Features.Tickets.Common.TicketRow> rows, string query, bool customerVisibleOnly, bool fewMatches);

    /// <summary>Tickets whose title contains <paramref name="text"/>, ignoring case.</summary>
    IQueryable<Features.Tickets.Common.TicketRow> TitleContains(IQueryable<Features.Tickets.Common.TicketRow> rows, string text);
}
