using Npgsql;

namespace GoTrs.Infrastructure.Events;

/// <summary>
/// The listener's own unpooled connections, with keepalives so that a silently dropped connection is noticed
/// (by Npgsql itself: no commands of ours, which would also show up in per-request SQL counts).
/// </summary>
public sealed class TicketEventConnection(string connectionString) : IAsyncDisposable
{
    public NpgsqlDataSource DataSource { get; } = new NpgsqlDataSourceBuilder(connectionString)
    {
        ConnectionStringBuilder = { Pooling = false, KeepAlive = 30, MaxAutoPrepare = 0 },
    }.Build();

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
