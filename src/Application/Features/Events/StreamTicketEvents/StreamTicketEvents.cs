using System.Runtime.CompilerServices;
using FluentValidation;
using GoTrs.Application.Common.Exceptions;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Messaging;
using Microsoft.Extensions.DependencyInjection;

namespace GoTrs.Application.Features.Events.StreamTicketEvents;

/// <summary>
/// The caller's live ticket events: stored events after <see cref="LastEventId"/> first (when resuming), then every new
/// one, each only if the caller may see its ticket at that moment. The subscription starts before the replay is read,
/// so nothing committed in between is lost; events seen in the replay are not sent twice.
/// </summary>
public sealed record StreamTicketEventsQuery(string? LastEventId) : IRequest<IAsyncEnumerable<TicketEventDto>>;

public sealed class StreamTicketEventsHandler(
    ITicketEventFeed feed, IServiceScopeFactory scopes, ICurrentUser caller, TimeProvider clock)
    : IRequestHandler<StreamTicketEventsQuery, IAsyncEnumerable<TicketEventDto>>
{
    public const int MaxReplay = 1000;

    public async Task<IAsyncEnumerable<TicketEventDto>> Handle(StreamTicketEventsQuery request, CancellationToken cancellationToken)
    {
        if (caller.Kind == PrincipalKind.Anonymous) throw new UnauthorizedException("Not logged in.");
        var subscription = feed.Subscribe();
        try
        {
            await feed.WaitUntilListeningAsync(cancellationToken);
        }
        catch
        {
            subscription.Dispose();
            throw;
        }
        var audience = new TicketEventAudience(scopes, caller.Kind, clock);
        var after = string.IsNullOrEmpty(request.LastEventId) ? (long?)null : long.Parse(request.LastEventId);
        return StreamAsync(subscription, audience, after, cancellationToken);
    }

    private async IAsyncEnumerable<TicketEventDto> StreamAsync(
        ITicketEventSubscription subscription, TicketEventAudience audience, long? after,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        using (subscription)
        {
            var replayed = new HashSet<long>();
            if (after is { } lastSeen)
            {
                foreach (var envelope in await feed.ReplayAsync(lastSeen, MaxReplay, ct))
                {
                    replayed.Add(envelope.Event.Id);
                    if (await audience.MaySeeAsync(envelope, ct)) yield return envelope.Event;
                }
            }
            await foreach (var envelope in subscription.Events.ReadAllAsync(ct))
            {
                if (replayed.Remove(envelope.Event.Id)) continue;
                if (await audience.MaySeeAsync(envelope, ct)) yield return envelope.Event;
            }
        }
    }
}

public sealed class StreamTicketEventsValidator : AbstractValidator<StreamTicketEventsQuery>
{
    public StreamTicketEventsValidator() =>
        RuleFor(x => x.LastEventId).Must(id => string.IsNullOrEmpty(id) || (long.TryParse(id, out var n) && n >= 0))
            .WithMessage("Last-Event-ID is the id of the last event received: a whole number ≥ 0.");
}
