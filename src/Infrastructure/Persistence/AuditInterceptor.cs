using GoTrs.Application.Common.Interfaces;
using GoTrs.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GoTrs.Infrastructure.Persistence;

/// <summary>Fills the OTRS audit columns on save: the acting agent (or the system user) and the current time.</summary>
public sealed class AuditInterceptor(ICurrentUser currentUser, TimeProvider clock) : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context) Stamp(context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context) Stamp(context);
        return base.SavingChanges(eventData, result);
    }

    private void Stamp(DbContext context)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var actor = currentUser.AgentId ?? SystemUser.Id;
        foreach (var entry in context.ChangeTracker.Entries<AuditedEntity>())
        {
            if (entry.State == EntityState.Added)
            {
                if (entry.Entity.CreateTime == default) entry.Entity.CreateTime = now;
                if (entry.Entity.CreateBy == 0) entry.Entity.CreateBy = actor;
                entry.Entity.ChangeTime = entry.Entity.CreateTime;
                if (entry.Entity.ChangeBy == 0) entry.Entity.ChangeBy = entry.Entity.CreateBy;
            }
            else if (entry.State == EntityState.Modified)
            {
                entry.Entity.ChangeTime = now;
                entry.Entity.ChangeBy = actor;
            }
        }
    }
}
