using GoTrs.Domain.Agents;
using GoTrs.Domain.Common;
using GoTrs.Domain.Customers;
using GoTrs.Domain.Permissions;
using GoTrs.Domain.Queues;
using GoTrs.Domain.Services;
using GoTrs.Domain.Tickets;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Application.Common.Interfaces;

/// <summary>The database as use cases see it. Partial: each area adds its own sets in its own file.</summary>
public partial interface IAppDbContext
{
    DbSet<Valid> Valid { get; }
    DbSet<Agent> Agents { get; }
    DbSet<AgentPreference> AgentPreferences { get; }
    DbSet<PermissionGroup> Groups { get; }
    DbSet<Role> Roles { get; }
    DbSet<GroupUser> GroupUsers { get; }
    DbSet<RoleUser> RoleUsers { get; }
    DbSet<GroupRole> GroupRoles { get; }
    DbSet<CustomerUser> CustomerUsers { get; }
    DbSet<CustomerCompany> CustomerCompanies { get; }
    DbSet<CustomerPreference> CustomerPreferences { get; }
    DbSet<CustomerUserCustomer> CustomerUserCustomers { get; }
    DbSet<CustomerUserGroup> CustomerUserGroups { get; }
    DbSet<CustomerCompanyGroup> CustomerCompanyGroups { get; }
    DbSet<Queue> Queues { get; }
    DbSet<SystemAddress> SystemAddresses { get; }
    DbSet<Salutation> Salutations { get; }
    DbSet<Signature> Signatures { get; }
    DbSet<FollowUpPossible> FollowUpPossibles { get; }
    DbSet<TicketState> TicketStates { get; }
    DbSet<TicketStateType> TicketStateTypes { get; }
    DbSet<TicketPriority> TicketPriorities { get; }
    DbSet<TicketType> TicketTypes { get; }
    DbSet<TicketLockType> TicketLockTypes { get; }
    DbSet<Service> Services { get; }
    DbSet<Sla> Slas { get; }
    DbSet<ServiceSla> ServiceSlas { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);

    Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<TEntity> Entry<TEntity>(TEntity entity) where TEntity : class;
}
