namespace GoTrs.Application.Features.Notifications.SendNotifications;

/// <summary>
/// Someone a notification is written for: an agent or the ticket's customer, with the languages to try for its text
/// (best first; English and then any text follow) and the time zone its dates are shown in.
/// </summary>
public sealed record Recipient(
    int? AgentId, string Login, string FirstName, string LastName, string Email,
    IReadOnlyList<string> Languages, string TimeZone, string? CustomerId = null)
{
    public bool IsAgent => AgentId is not null;

    /// <summary>Values of the <c>&lt;OTRS_NOTIFICATION_RECIPIENT_…&gt;</c> tags.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Tags()
    {
        const string prefix = "NOTIFICATION_RECIPIENT_";
        yield return new(prefix + "UserFirstname", FirstName);
        yield return new(prefix + "UserLastname", LastName);
        yield return new(prefix + "UserFullname", $"{FirstName} {LastName}".Trim());
        yield return new(prefix + "UserLogin", Login);
        yield return new(prefix + "UserEmail", Email);
        yield return new(prefix + "UserLanguage", Languages.FirstOrDefault());
        yield return new(prefix + "UserTimeZone", TimeZone);
        yield return new(prefix + "UserCustomerID", CustomerId);
    }
}
