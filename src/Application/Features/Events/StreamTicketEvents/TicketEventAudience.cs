using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Security;
using GoTrs.Domain.Customers;
using GoTrs.Domain.Permissions;
using Microsoft.Extensions.DependencyInjection;

namespace GoTrs.Application.Features.Events.StreamTicketEvents;

/// <summary>
/// Decides whether one subscriber may see an event's ticket now: agents need ro on the ticket queue's group, customers
/// their usual visibility (and hear nothing of internal articles). A stream lives for minutes, so the caller's grants are read again when older than
/// <see cref="Freshness"/>, each time in a scope of its own.
/// </summary>
public sealed class TicketEventAudience(IServiceScopeFactory scopes, PrincipalKind kind, TimeProvider clock)
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(10);

    private EffectivePermissions? _agent;
    private CustomerVisibility? _customer;
    private DateTimeOffset _readAt = DateTimeOffset.MinValue;

    public async ValueTask<bool> MaySeeAsync(TicketEventEnvelope envelope, CancellationToken ct)
    {
        if (clock.GetUtcNow() - _readAt > Freshness) await RefreshAsync(ct);
        return kind switch
        {
            PrincipalKind.Agent => _agent!.Has(envelope.GroupId, Permission.Ro),
            PrincipalKind.Customer => _customer!.CanSee(envelope.CustomerUserId, envelope.CustomerId, envelope.GroupId)
                                      && (envelope.Event.ArticleId is null || envelope.ArticleVisibleForCustomer),
            _ => false,
        };
    }

    private async Task RefreshAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var permissions = scope.ServiceProvider.GetRequiredService<IPermissionService>();
        if (kind == PrincipalKind.Agent) _agent = await permissions.AgentPermissionsAsync(ct);
        else if (kind == PrincipalKind.Customer) _customer = await permissions.CustomerVisibilityAsync(ct);
        _readAt = clock.GetUtcNow();
    }
}
