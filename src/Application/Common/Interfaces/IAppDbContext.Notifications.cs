using GoTrs.Domain.Agents;
using GoTrs.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Application.Common.Interfaces;

/// <summary>Ticket notifications: their configuration, the changes waiting to be notified, agents' "My Queues/Services".</summary>
public partial interface IAppDbContext
{
    DbSet<Notification> Notifications { get; }
    DbSet<NotificationItem> NotificationItems { get; }
    DbSet<NotificationMessage> NotificationMessages { get; }
    DbSet<NotificationTrigger> NotificationTriggers { get; }
    DbSet<PersonalQueue> PersonalQueues { get; }
    DbSet<PersonalService> PersonalServices { get; }
}
