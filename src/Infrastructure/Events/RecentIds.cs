namespace GoTrs.Infrastructure.Events;

/// <summary>The last N event ids handed out, so that a catch-up after a reconnect does not send an event twice.</summary>
public sealed class RecentIds(int capacity)
{
    private readonly HashSet<long> _set = [];
    private readonly Queue<long> _order = new();
    private readonly Lock _gate = new();

    public long? Highest { get; private set; }

    /// <summary>False when the id was added before (and is still remembered).</summary>
    public bool Add(long id)
    {
        lock (_gate)
        {
            if (!_set.Add(id)) return false;
            _order.Enqueue(id);
            if (_order.Count > capacity) _set.Remove(_order.Dequeue());
            if (Highest is null || id > Highest) Highest = id;
            return true;
        }
    }
}
