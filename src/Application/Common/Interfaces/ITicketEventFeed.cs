using System.Threading.Channels;
using GoTrs.Application.Features.Events;

namespace GoTrs.Application.Common.Interfaces;

/// <summary>
/// Ticket events as they are committed, from every API instance and every other writer of ticket history, plus the
/// stored ones for resuming. Events carry what a visibility check needs; filtering is the subscriber's job.
/// </summary>
public interface ITicketEventFeed
{
    /// <summary>Events committed from now on, until the subscription is disposed (or completed because it fell behind).</summary>
    ITicketEventSubscription Subscribe();

    /// <summary>Stored events after <paramref name="afterId"/> in id order, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<TicketEventEnvelope>> ReplayAsync(long afterId, int max, CancellationToken cancellationToken);

    /// <summary>Waits (briefly) until this process listens for database notifications.</summary>
    Task WaitUntilListeningAsync(CancellationToken cancellationToken);
}

public interface ITicketEventSubscription : IDisposable
{
    ChannelReader<TicketEventEnvelope> Events { get; }
}
