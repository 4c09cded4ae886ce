using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Features.Mail.Common;
using GoTrs.Application.Features.Mail.Outbound;
using GoTrs.Application.Features.Preferences;
using GoTrs.Domain.Articles;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Application.Features.Notifications.SendNotifications;

/// <summary>
/// The customer of a ticket as a notification recipient (OTRS's "Customer"): the customer user's address, else the
/// customer user id when it is an address, else the sender of the last customer article — never one of our own
/// system addresses. Language and time zone come from the customer's preferences.
/// </summary>
public sealed class CustomerRecipients(IAppDbContext db)
{
    private static readonly string[] PreferenceNames =
    [
        PreferenceKeys.OtrsLanguage, PreferenceKeys.OtrsTimeZone,
        PreferenceKeys.StoragePrefix + PreferenceKeys.Language, PreferenceKeys.StoragePrefix + PreferenceKeys.TimeZone,
    ];

    public async Task<Recipient?> ForAsync(NotifiedTicket notified, CancellationToken ct)
    {
        var login = notified.Ticket.CustomerUserId;
        var customer = string.IsNullOrEmpty(login) ? null : await db.CustomerUsers.AsNoTracking()
            .Where(c => c.Login == login).Select(c => new { c.Email, c.FirstName, c.LastName, c.CustomerId }).FirstOrDefaultAsync(ct);
        var email = customer?.Email is { Length: > 0 } known ? known
            : login is not null && login.Contains('@') ? login
            : await LastCustomerSenderAsync(notified.Ticket.Id, ct);
        if (email is null || !email.Contains('@')) return null;
        var lowered = email.Trim().ToLowerInvariant();
        if (await db.SystemAddresses.AnyAsync(s => s.Address.ToLower() == lowered, ct)) return null;

        var preferences = string.IsNullOrEmpty(login)
            ? new Dictionary<string, string?>()
            : (await db.CustomerPreferences.AsNoTracking().Where(p => p.UserId == login && PreferenceNames.Contains(p.Key)).ToListAsync(ct))
                .GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.First().Value);
        var (languages, zone) = NotificationRecipients.Locale(preferences);
        return new Recipient(null, login ?? email, customer?.FirstName ?? "", customer?.LastName ?? "", email.Trim(), languages, zone,
            customer?.CustomerId ?? notified.Ticket.CustomerId);
    }

    private async Task<string?> LastCustomerSenderAsync(long ticketId, CancellationToken ct) =>
        await TagValues.LastMessageOf(db, ticketId, ArticleSenderType.Customer).Select(m => m.From).FirstOrDefaultAsync(ct) is { } from
            ? Contact.AddressOf(from)
            : null;
}
