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
