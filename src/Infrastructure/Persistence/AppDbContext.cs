using GoTrs.Application.Common.Interfaces;
using GoTrs.Domain.Agents;
using GoTrs.Domain.Common;
using GoTrs.Domain.Customers;
using GoTrs.Domain.Permissions;
using GoTrs.Domain.Queues;
using GoTrs.Domain.Services;
using GoTrs.Domain.Tickets;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Infrastructure.Persistence;

/// <summary>EF Core over the OTRS schema. Partial: each area adds its sets in its own file.</summary>
public sealed partial class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options), IAppDbContext
{
    public DbSet<Valid> Valid => Set<Valid>();
    public DbSet<Agent> Agents => Set<Agent>();
    public DbSet<AgentPreference> AgentPreferences => Set<AgentPreference>();
    public DbSet<PermissionGroup> Groups => Set<PermissionGroup>();
    public DbSet<Role> Roles => Set<Role>();
    public DbSet<GroupUser> GroupUsers => Set<GroupUser>();
    public DbSet<RoleUser> RoleUsers => Set<RoleUser>();
    public DbSet<GroupRole> GroupRoles => Set<GroupRole>();
    public DbSet<CustomerUser> CustomerUsers => Set<CustomerUser>();
    public DbSet<CustomerCompany> CustomerCompanies => Set<CustomerCompany>();
    public DbSet<CustomerPreference> CustomerPreferences => Set<CustomerPreference>();
    public DbSet<CustomerUserCustomer> CustomerUserCustomers => Set<CustomerUserCustomer>();
    public DbSet<CustomerUserGroup> CustomerUserGroups => Set<CustomerUserGroup>();
    public DbSet<CustomerCompanyGroup> CustomerCompanyGroups => Set<CustomerCompanyGroup>();
    public DbSet<Queue> Queues => Set<Queue>();
    public DbSet<SystemAddress> SystemAddresses => Set<SystemAddress>();
    public DbSet<Salutation> Salutations => Set<Salutation>();
    public DbSet<Signature> Signatures => Set<Signature>();
    public DbSet<FollowUpPossible> FollowUpPossibles => Set<FollowUpPossible>();
    public DbSet<TicketState> TicketStates => Set<TicketState>();
    public DbSet<TicketStateType> TicketStateTypes => Set<TicketStateType>();
    public DbSet<TicketPriority> TicketPriorities => Set<TicketPriority>();
    public DbSet<TicketType> TicketTypes => Set<TicketType>();
    public DbSet<TicketLockType> TicketLockTypes => Set<TicketLockType>();
    public DbSet<Service> Services => Set<Service>();
    public DbSet<Sla> Slas => Set<Sla>();
    public DbSet<ServiceSla> ServiceSlas => Set<ServiceSla>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // OTRS DATE columns are timestamp(0) without time zone holding UTC; GoTrs's own tables use timestamptz
        // through DateTimeOffset, so every DateTime here is an OTRS column.
        configurationBuilder.Properties<DateTime>()
            .HaveColumnType("timestamp(0) without time zone")
            .HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>()
            .HaveColumnType("timestamp(0) without time zone")
            .HaveConversion<UtcDateTimeConverter>();
    }
}
