using System.Net;
using System.Net.Sockets;
using System.Text;

namespace GoTrs.Infrastructure.UnitTests.Mail.Protocols;

/// <summary>
/// A relay on loopback between one client and the real server. It keeps what the client sent, to show what went
/// over the wire, and can hold back the answer to a chosen command after a few bytes: that pins the client in the
/// middle of a fetch, so a test can kill the server right there. When the server's side closes, the relay closes
/// the client's side too, as a dead server would.
/// </summary>
internal sealed class LoopbackRelay : IAsyncDisposable
{
    private const int BytesPassedAfterTrigger = 16 * 1024;

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly MemoryStream _sent = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _stalled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _relay;
    private byte[]? _trigger;
    private int _triggerFrom;
    private long _allowance = long.MaxValue;

    public LoopbackRelay(string host, int port)
    {
        _listener.Start();
        _relay = RelayOneAsync(host, port);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Everything the client sent so far, bytes as Latin-1 characters.</summary>
    public string ClientSent
    {
        get
        {
            lock (_sent) return Encoding.Latin1.GetString(_sent.GetBuffer(), 0, (int)_sent.Length);
        }
    }

    /// <summary>Completes when the client is waiting in the middle of the stalled answer.</summary>
    public Task Stalled => _stalled.Task;

    /// <summary>Holds back the answer to the next command containing <paramref name="command"/>.</summary>
    public void StallAnswerTo(string command)
    {
        lock (_sent)
        {
            _trigger = Encoding.ASCII.GetBytes(command);
            _triggerFrom = (int)_sent.Length;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _relay;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or IOException or ObjectDisposedException)
        {
            // The relay ends by being torn down.
        }

        _stop.Dispose();
    }

    private async Task RelayOneAsync(string host, int port)
    {
        using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
        using var server = new TcpClient();
        await server.ConnectAsync(host, port, _stop.Token);
        var toServer = PassClientCommandsAsync(client.GetStream(), server.GetStream());
        await PassServerAnswersAsync(server.GetStream(), client.GetStream());
        client.Client.Close();
        try
        {
            await toServer;
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // Reading from the socket just closed.
        }
    }

    private async Task PassClientCommandsAsync(NetworkStream client, NetworkStream server)
    {
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = await client.ReadAsync(buffer, _stop.Token)) > 0)
        {
            // The allowance is set before the command goes on, so no byte of its answer can slip past.
            lock (_sent)
            {
                _sent.Write(buffer, 0, read);
                if (_trigger is not null && _sent.GetBuffer().AsSpan(_triggerFrom, (int)_sent.Length - _triggerFrom).IndexOf(_trigger) >= 0)
                {
                    _allowance = BytesPassedAfterTrigger;
                    _trigger = null;
                }
            }

            await server.WriteAsync(buffer.AsMemory(0, read), _stop.Token);
        }
    }

    private async Task PassServerAnswersAsync(NetworkStream server, NetworkStream client)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            int read;
            while ((read = await server.ReadAsync(buffer, _stop.Token)) > 0)
            {
                var pass = (int)Math.Min(read, Interlocked.Read(ref _allowance));
                if (pass > 0) await client.WriteAsync(buffer.AsMemory(0, pass), _stop.Token);
                if (Interlocked.Read(ref _allowance) == long.MaxValue) continue;
                if (Interlocked.Add(ref _allowance, -pass) == 0) _stalled.TrySetResult();
            }
        }
        catch (IOException)
        {
            // A killed server resets the connection; that is the end this relay waits for.
        }
    }
}
