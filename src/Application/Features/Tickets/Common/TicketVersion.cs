using GoTrs.Application.Common.Exceptions;
using GoTrs.Domain.Tickets;
using GoTrs.Application.Common.Interfaces;

namespace GoTrs.Application.Features.Tickets.Common;

/// <summary>
/// The ticket's version for optimistic concurrency: PostgreSQL's xmin of the ticket row, mapped as a shadow property.
/// The API shows it as the ETag; a write carrying an older one is refused with 409.
/// </summary>
public static class TicketVersion
{
    public const string PropertyName = "Version";

    public static uint Of(Ticket ticket, IAppDbContext db) =>
        db.Entry(ticket).Property<uint>(PropertyName).CurrentValue;

    public static string ToETag(uint version) => $"\"{version}\"";

    /// <summary>Throws a conflict when <paramref name="ifMatch"/> names a version other than the current one.</summary>
    public static void Check(string? ifMatch, uint current)
    {
        if (string.IsNullOrWhiteSpace(ifMatch) || ifMatch.Trim() == "*") return;
        var tags = ifMatch.Split(',').Select(t => t.Trim().Replace("W/", ""));
        if (!tags.Contains(ToETag(current)))
            throw new ConflictException("The ticket was changed by someone else since you loaded it. Reload and try again.");
    }
}
