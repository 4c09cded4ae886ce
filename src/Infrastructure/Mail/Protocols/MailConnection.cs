using System.Net.Sockets;

namespace GoTrs.Infrastructure.Mail.Protocols;

/// <summary>
/// A byte stream to a mail server, read by lines or exact counts. Every read, write and handshake has its own
/// timeout, so a server that goes silent mid-message fails the call instead of hanging the poll job, and every
/// line has a length cap, so a server cannot make us buffer without limit.
/// </summary>
internal sealed partial class MailConnection : IAsyncDisposable
{
    private const int BufferSize = 64 * 1024;

    private readonly string _host;
    private readonly MailboxClientOptions _options;
    private readonly byte[] _buffer = new byte[BufferSize];
    private byte[] _line = new byte[1024];
    private Stream _stream;
    private int _start;
    private int _end;

    private MailConnection(Socket socket, string host, MailboxClientOptions options)
    {
        _stream = new NetworkStream(socket, ownsSocket: true);
        _host = host;
        _options = options;
    }

    /// <summary>
    /// The next line without its CRLF (a bare LF is tolerated). The memory is only valid until the next read.
    /// </summary>
    public async ValueTask<ReadOnlyMemory<byte>> ReadLineAsync(
        int maxBytes, CancellationToken cancellationToken, Func<Exception>? tooLong = null)
    {
        var length = 0;
        while (true)
        {
            var available = _buffer.AsSpan(_start, _end - _start);
            var newline = available.IndexOf((byte)'\n');
            if (newline >= 0 && length == 0)
            {
                // The common case, a line wholly in the buffer, is handed out without a copy.
                var line = _buffer.AsMemory(_start, newline);
                _start += newline + 1;
                return CheckLength(TrimCarriageReturn(line), maxBytes, tooLong);
            }

            var take = newline >= 0 ? newline + 1 : available.Length;
            if (length + take > maxBytes + 2) throw tooLong?.Invoke() ?? LineTooLong(maxBytes);
            if (length + take > _line.Length) Array.Resize(ref _line, Math.Max(_line.Length * 2, length + take));
            available[..take].CopyTo(_line.AsSpan(length));
            length += take;
            _start += take;
            if (newline >= 0) return CheckLength(TrimCarriageReturn(_line.AsMemory(0, length - 1)), maxBytes, tooLong);
            await FillAsync(cancellationToken);
        }
    }

    public async ValueTask ReadExactlyAsync(Memory<byte> destination, CancellationToken cancellationToken)
    {
        while (destination.Length > 0)
        {
            if (_start == _end)
            {
                // Large literals go straight into their destination instead of through the buffer.
                if (destination.Length >= BufferSize)
                {
                    var read = await ReadSomeAsync(destination, cancellationToken);
                    destination = destination[read..];
                    continue;
                }

                await FillAsync(cancellationToken);
            }

            var count = Math.Min(destination.Length, _end - _start);
            _buffer.AsMemory(_start, count).CopyTo(destination);
            _start += count;
            destination = destination[count..];
        }
    }

    public async ValueTask WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        using var timeout = Deadline(_options.Timeout, cancellationToken);
        try
        {
            await _stream.WriteAsync(data, timeout.Token);
            await _stream.FlushAsync(timeout.Token);
        }
        catch (Exception e) when (IsConnectionFailure(e, cancellationToken))
        {
            throw Lost(e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _stream.DisposeAsync();
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
            // The connection is gone either way; closing it cannot fail in a way the caller could act on.
        }
    }

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        _start = 0;
        _end = await ReadSomeAsync(_buffer, cancellationToken);
    }

    private async ValueTask<int> ReadSomeAsync(Memory<byte> destination, CancellationToken cancellationToken)
    {
        using var timeout = Deadline(_options.Timeout, cancellationToken);
        int read;
        try
        {
            read = await _stream.ReadAsync(destination, timeout.Token);
        }
        catch (Exception e) when (IsConnectionFailure(e, cancellationToken))
        {
            throw Lost(e);
        }

        return read > 0 ? read : throw new MailboxConnectionException($"{_host} closed the connection.");
    }

    private Exception Lost(Exception e) => e is OperationCanceledException
        ? new MailboxConnectionException($"{_host} did not answer within {_options.Timeout.TotalSeconds:0} s.", e)
        : new MailboxConnectionException($"The connection to {_host} failed: {e.Message}", e);

    private static bool IsConnectionFailure(Exception e, CancellationToken cancellationToken) =>
        e is IOException or SocketException or ObjectDisposedException
        || e is OperationCanceledException && !cancellationToken.IsCancellationRequested;

    private static CancellationTokenSource Deadline(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        source.CancelAfter(timeout);
        return source;
    }

    private static ReadOnlyMemory<byte> TrimCarriageReturn(Memory<byte> line) =>
        line.Length > 0 && line.Span[^1] == (byte)'\r' ? line[..^1] : line;

    private static ReadOnlyMemory<byte> CheckLength(ReadOnlyMemory<byte> line, int maxBytes, Func<Exception>? tooLong) =>
        line.Length <= maxBytes ? line : throw tooLong?.Invoke() ?? LineTooLong(maxBytes);

    private static MailboxProtocolException LineTooLong(int maxBytes) =>
        new($"The server sent a line longer than {maxBytes} bytes.");
}
