using System.Collections.Concurrent;
using System.Threading.Channels;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Features.Events;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GoTrs.Infrastructure.Events;

/// <summary>
/// The one database listener of this process (ADR 0030): a dedicated connection LISTENs on "gotrs_ticket_event"; each
/// notification names a committed transaction, whose events are loaded once and fanned out to every subscription.
/// It reconnects after failures and then catches up on events it may have missed. Nothing is read while nobody
/// subscribes. A subscription that falls more than <see cref="SubscriberCapacity"/> events behind is completed, so its
/// client reconnects and resumes with Last-Event-ID.
/// </summary>
public sealed class TicketEventListener(TicketEventConnection listenerConnection, TicketEventReader reader, ILogger<TicketEventListener> logger)
    : BackgroundService, ITicketEventFeed
{
    public const string ChannelName = "gotrs_ticket_event";
    public const int SubscriberCapacity = 1000;
    private static readonly TimeSpan ReadyWait = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<Subscription, byte> _subscriptions = new();
    private readonly Channel<long> _committed = Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleReader = true });
    private readonly RecentIds _dispatched = new(10_000);
    private volatile TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int SubscriberCount => _subscriptions.Count;

    public ITicketEventSubscription Subscribe()
    {
        var subscription = new Subscription(this);
        _subscriptions.TryAdd(subscription, 0);
        return subscription;
    }

    public Task<IReadOnlyList<TicketEventEnvelope>> ReplayAsync(long afterId, int max, CancellationToken cancellationToken) =>
        reader.AfterAsync(afterId, max, cancellationToken);

    public async Task WaitUntilListeningAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _listening.Task.WaitAsync(ReadyWait, cancellationToken);
        }
        catch (TimeoutException)
        {
            // Not connected yet: live events start once it is; a reconnecting client resumes by id meanwhile.
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var dispatching = DispatchAsync(stoppingToken);
        try
        {
            await ListenAsync(stoppingToken);
        }
        finally
        {
            _committed.Writer.TryComplete();
            await dispatching;
            foreach (var subscription in _subscriptions.Keys) subscription.Complete();
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromSeconds(1);
        var reconnecting = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await listenerConnection.DataSource.OpenConnectionAsync(stoppingToken);
                connection.Notification += (_, e) =>
                {
                    if (long.TryParse(e.Payload, out var transactionId)) _committed.Writer.TryWrite(transactionId);
                };
                await using (var listen = new NpgsqlCommand($"LISTEN {ChannelName}", connection))
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                _listening.TrySetResult();
                if (reconnecting) await CatchUpAsync(stoppingToken);
                delay = TimeSpan.FromSeconds(1);
                while (!stoppingToken.IsCancellationRequested) await connection.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                if (_listening.Task.IsCompleted)
                    _listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                logger.LogWarning(ex, "Ticket event listener lost its connection; reconnecting in {Delay}", delay);
                reconnecting = true;
                try
                {
                    await Task.Delay(delay, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                delay = TimeSpan.FromSeconds(Math.Min(delay.TotalSeconds * 2, 30));
            }
        }
    }

    private async Task DispatchAsync(CancellationToken stoppingToken)
    {
        var batch = new List<long>();
        while (await _committed.Reader.WaitToReadAsync(CancellationToken.None))
        {
            batch.Clear();
            while (_committed.Reader.TryRead(out var transactionId)) batch.Add(transactionId);
            if (_subscriptions.IsEmpty) continue;
            try
            {
                Publish(await reader.ByTransactionsAsync([.. batch], stoppingToken), onlyUnseen: false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Ticket events of {Count} transactions could not be loaded", batch.Count);
            }
        }
    }

    // Notifications sent while the listener was disconnected are lost; the stored events after the last one sent are not.
    private async Task CatchUpAsync(CancellationToken ct)
    {
        if (_subscriptions.IsEmpty || _dispatched.Highest is not { } highest) return;
        Publish(await reader.AfterAsync(highest, SubscriberCapacity, ct), onlyUnseen: true);
    }

    // A transaction's events arrive exactly once; a catch-up may overlap what was sent and skips those.
    private void Publish(IReadOnlyList<TicketEventEnvelope> events, bool onlyUnseen)
    {
        foreach (var envelope in events)
        {
            if (!_dispatched.Add(envelope.Event.Id) && onlyUnseen) continue;
            foreach (var subscription in _subscriptions.Keys) subscription.Offer(envelope);
        }
    }

    private sealed class Subscription(TicketEventListener owner) : ITicketEventSubscription
    {
        private readonly Channel<TicketEventEnvelope> _channel = Channel.CreateBounded<TicketEventEnvelope>(
            new BoundedChannelOptions(SubscriberCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

        public ChannelReader<TicketEventEnvelope> Events => _channel.Reader;

        public void Offer(TicketEventEnvelope envelope)
        {
            if (!_channel.Writer.TryWrite(envelope)) Dispose();
        }

        public void Complete() => _channel.Writer.TryComplete();

        public void Dispose()
        {
            owner._subscriptions.TryRemove(this, out _);
            Complete();
        }
    }
}
