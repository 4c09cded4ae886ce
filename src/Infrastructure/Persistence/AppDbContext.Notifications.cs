using GoTrs.Domain.Agents;
using GoTrs.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Infrastructure.Persistence;

/// <summary>Ticket notifications: their configuration, the changes waiting to be notified, agents' "My Queues/Services".</summary>
public sealed partial class AppDbContext
{
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<NotificationItem> NotificationItems => Set<NotificationItem>();
    public DbSet<NotificationMessage> NotificationMessages => Set<NotificationMessage>();
    public DbSet<NotificationTrigger> NotificationTriggers => Set<NotificationTrigger>();
    public DbSet<PersonalQueue> PersonalQueues => Set<PersonalQueue>();
    public DbSet<PersonalService> PersonalServices => Set<PersonalService>();
}
