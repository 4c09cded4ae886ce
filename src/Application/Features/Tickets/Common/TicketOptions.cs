namespace GoTrs.Application.Features.Tickets.Common;

/// <summary>Configuration section "Tickets" (limits of the ticket API).</summary>
public sealed class TicketOptions
{
    public const string SectionName = "Tickets";

    /// <summary>Largest single attachment in bytes (default 20 MB).</summary>
    public long MaxAttachmentBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>Largest sum of the attachments of one article in bytes (default 50 MB).</summary>
    public long MaxArticleAttachmentBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Ticket lists count matches up to this many; beyond it the total is reported as a lower bound.</summary>
    public int ListCountLimit { get; set; } = 1000;
}
