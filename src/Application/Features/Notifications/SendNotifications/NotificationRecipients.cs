using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Security;
using GoTrs.Application.Features.Preferences;
using GoTrs.Domain.Agents;
using GoTrs.Domain.Articles;
using GoTrs.Domain.Common;
using GoTrs.Domain.Notifications;
using GoTrs.Domain.Permissions;
using GoTrs.Domain.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GoTrs.Application.Features.Notifications.SendNotifications;

/// <summary>
/// The agents a notification goes to, as OTRS picks them: owner, responsible, watchers, agents with rw on the queue,
/// agents with the queue (service) in their "My Queues" ("My Services"), listed agents, groups and roles — then only
/// valid agents who may read the ticket (or add notes to it, for notes), never the system user, not the agent who made
/// the change, not agents out of office unless the notification says so, not agents who switched it off, each once.
/// </summary>
public sealed class NotificationRecipients(IAppDbContext db, IOptions<NotificationOptions> options, TimeProvider clock)
{
    /// <summary>OTRS's preference, written by Znuny's preferences screen.</summary>
    public const string TransportPreference = "NotificationTransport";

    /// <summary>The same JSON set through GoTrs's preferences API (PUT /api/v1/me/preferences/notificationTransport); it wins.</summary>
    public const string GoTrsTransportPreference = PreferenceKeys.StoragePrefix + "notificationTransport";

    private static readonly string[] PreferenceNames =
    [
        AgentPreference.Email, AgentPreference.Language, PreferenceKeys.OtrsTimeZone, PreferenceKeys.StoragePrefix + PreferenceKeys.Language,
        PreferenceKeys.StoragePrefix + PreferenceKeys.TimeZone, TransportPreference, GoTrsTransportPreference, .. OutOfOffice.Keys,
    ];

    public async Task<IReadOnlyList<Recipient>> AgentsAsync(
        NotificationRule rule, NotifiedTicket notified, NotificationTrigger change, CancellationToken ct)
    {
        var candidates = Candidates(rule, notified);
        var readers = PermissionQueries.HoldersOf(db, Group(notified.GroupId), Permission.Ro);
        if (change.HistoryType == HistoryTypes.AddNote)
            readers = readers.Concat(PermissionQueries.HoldersOf(db, Group(notified.GroupId), Permission.Note));
        var agents = await db.Agents.AsNoTracking()
            .Where(a => a.ValidId == Validity.Valid && a.Id != SystemUser.Id && candidates.Contains(a.Id) && readers.Contains(a.Id))
            .Select(a => new { a.Id, a.Login, a.FirstName, a.LastName })
            .ToListAsync(ct);
        if (!options.Value.AgentSelfNotifyOnAction) agents.RemoveAll(a => a.Id == change.UserId);
        if (agents.Count == 0) return [];

        var ids = agents.Select(a => a.Id).ToList();
        var preferences = (await db.AgentPreferences.AsNoTracking()
                .Where(p => ids.Contains(p.UserId) && PreferenceNames.Contains(p.Key)).ToListAsync(ct))
            .ToLookup(p => p.UserId);
        var now = clock.GetUtcNow();
        var result = new List<Recipient>();
        foreach (var agent in agents.OrderBy(a => a.Id))
        {
            var own = preferences[agent.Id].GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.First().Value);
            if (!rule.SendOnOutOfOffice && OutOfOffice.IsAway(own, now)) continue;
            if (!rule.AgentWants(own.GetValueOrDefault(GoTrsTransportPreference), own.GetValueOrDefault(TransportPreference))) continue;
            if (own.GetValueOrDefault(AgentPreference.Email) is not { } email || !email.Contains('@')) continue;
            var (languages, zone) = Locale(own);
            result.Add(new Recipient(agent.Id, agent.Login, agent.FirstName, agent.LastName, email.Trim(), languages, zone));
        }
        return result;
    }

    // Everyone the notification names, as one subquery; permissions and validity are checked afterwards.
    private IQueryable<int> Candidates(NotificationRule rule, NotifiedTicket notified)
    {
        var ticket = notified.Ticket;
        var listed = new List<int>(rule.Ids("RecipientAgents"));
        var found = new List<IQueryable<int>>();
        foreach (var recipient in rule.Recipients)
        {
            switch (recipient)
            {
                case "AgentOwner": listed.Add(ticket.OwnerId); break;
                case "AgentResponsible": listed.Add(ticket.ResponsibleId); break;
                case "AgentWatcher": found.Add(db.TicketWatchers.Where(w => w.TicketId == ticket.Id).Select(w => w.UserId)); break;
                case "AgentWritePermissions": found.Add(PermissionQueries.HoldersOf(db, Group(notified.GroupId), Permission.Rw)); break;
                case "AgentMyQueues": found.Add(MyQueues(ticket.QueueId)); break;
                case "AgentMyServices": found.Add(MyServices(ticket.ServiceId)); break;
                case "AgentMyQueuesMyServices": found.Add(MyQueues(ticket.QueueId).Where(u => MyServices(ticket.ServiceId).Contains(u))); break;
                case "AgentCreateBy": found.Add(CreatorIfAgentOpened(ticket.Id)); break;
            }
        }
        if (rule.Ids("RecipientGroups") is { Count: > 0 } groups)
        {
            var validGroups = db.Groups.Where(g => groups.Contains(g.Id) && g.ValidId == Validity.Valid).Select(g => g.Id);
            found.Add(PermissionQueries.HoldersOf(db, validGroups, Permission.Ro));
        }
        if (rule.Ids("RecipientRoles") is { Count: > 0 } roles)
            found.Add(db.RoleUsers.Where(r => roles.Contains(r.RoleId)).Select(r => r.UserId));
        return found.Aggregate(db.Agents.Where(a => listed.Contains(a.Id)).Select(a => a.Id), (all, more) => all.Concat(more));
    }

    /// <summary>The preferred languages (GoTrs's setting, else OTRS's UserLanguage as written, then its language part) and time zone.</summary>
    public static (IReadOnlyList<string> Languages, string TimeZone) Locale(IReadOnlyDictionary<string, string?> preferences)
    {
        var (language, zone) = PreferenceKeys.Locale(preferences);
        var languages = new List<string>();
        if (preferences.ContainsKey(PreferenceKeys.StoragePrefix + PreferenceKeys.Language)) languages.Add(language);
        if (preferences.GetValueOrDefault(PreferenceKeys.OtrsLanguage) is { Length: > 0 } otrs)
            languages.AddRange([otrs, otrs.Split('_', '-')[0]]);
        return (languages.Distinct(StringComparer.OrdinalIgnoreCase).ToList(), zone);
    }

    private IQueryable<int> Group(int groupId) => db.Groups.Where(g => g.Id == groupId && g.ValidId == Validity.Valid).Select(g => g.Id);

    private IQueryable<int> MyQueues(int queueId) => db.PersonalQueues.Where(p => p.QueueId == queueId).Select(p => p.UserId);

    private IQueryable<int> MyServices(int? serviceId) =>
        db.PersonalServices.Where(p => serviceId != null && p.ServiceId == serviceId).Select(p => p.UserId);

    // OTRS's "AgentCreateBy": the agent who opened the ticket, when its first article is an agent's.
    private IQueryable<int> CreatorIfAgentOpened(long ticketId) =>
        db.Tickets.Where(t => t.Id == ticketId
                              && db.Articles.Where(a => a.TicketId == ticketId).OrderBy(a => a.Id).Select(a => a.SenderTypeId)
                                  .FirstOrDefault() == ArticleSenderType.Agent)
            .Select(t => t.CreateBy);
}
