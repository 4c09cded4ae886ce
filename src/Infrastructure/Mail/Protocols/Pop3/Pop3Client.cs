using System.Globalization;

namespace GoTrs.Infrastructure.Mail.Protocols.Pop3;

/// <summary>
/// A POP3 mailbox session (RFC 1939, STLS from RFC 2595). Messages are named by UIDL. DELE only marks: the server
/// removes marked messages when it receives QUIT, which <see cref="CommitAsync"/> sends; a session that ends any
/// other way is reset first, so nothing is lost.
/// </summary>
public sealed class Pop3Client : IMailboxClient
{
    private readonly MailServerEndpoint _server;
    private readonly string _login;
    private readonly string _password;
    private readonly MailboxClientOptions _options;
    private readonly Dictionary<string, (int Number, long Size)> _messages = new(StringComparer.Ordinal);
    private readonly HashSet<string> _deleted = new(StringComparer.Ordinal);
    private Pop3Session? _session;

    public Pop3Client(MailServerEndpoint server, string login, string password, MailboxClientOptions? options = null)
    {
        // A line break in a credential would smuggle a second command onto the wire.
        if (login.AsSpan().ContainsAny('\r', '\n') || password.AsSpan().ContainsAny('\r', '\n'))
            throw new ArgumentException("Login and password may not contain line breaks.");
        _server = server;
        _login = login;
        _password = password;
        _options = options ?? MailboxClientOptions.Default;
    }

    public async Task ConnectAsync(CancellationToken cancellationToken = default)
    {
        if (_session is not null) throw new InvalidOperationException("The POP3 session is already connected.");
        var connection = await MailConnection.OpenAsync(_server, _options, cancellationToken);
        _session = new Pop3Session(connection, _options);
        try
        {
            var greeting = await _session.ReadReplyAsync(cancellationToken);
            if (!greeting.Ok) throw new MailboxConnectionException($"The POP3 server refused the session: {greeting.Text}");
            if (_server.Security == MailSecurity.StartTls) await StartTlsAsync(_session, cancellationToken);
            await LogInAsync(_session, cancellationToken);
        }
        catch
        {
            await CloseAsync();
            throw;
        }
    }

    public async Task<IReadOnlyList<MailboxMessage>> ListAsync(CancellationToken cancellationToken = default)
    {
        var session = Usable();
        var ids = await ListingAsync(session, "UIDL", cancellationToken);
        var sizes = await ListingAsync(session, "LIST", cancellationToken);
        _messages.Clear();
        foreach (var (number, id) in ids)
        {
            var size = long.TryParse(sizes.GetValueOrDefault(number), CultureInfo.InvariantCulture, out var s) ? s : 0;
            _messages[id] = (number, size);
        }

        return [.. ids.OrderBy(pair => pair.Key).Where(pair => !_deleted.Contains(pair.Value))
            .Select(pair => new MailboxMessage(pair.Value, _messages[pair.Value].Size))];
    }

    public async Task<byte[]> FetchAsync(string id, CancellationToken cancellationToken = default)
    {
        var session = Usable();
        var (number, size) = Find(id);
        if (size > _options.MaxMessageBytes) throw new MailboxMessageTooLargeException(size, _options.MaxMessageBytes);
        var reply = await session.CommandAsync($"RETR {number}", cancellationToken);
        if (!reply.Ok) throw new MailboxMessageNotFoundException(id);
        return await session.ReadMessageAsync(size, cancellationToken);
    }

    public async Task DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        var session = Usable();
        var (number, _) = Find(id);
        var reply = await session.CommandAsync($"DELE {number}", cancellationToken);
        if (!reply.Ok) throw new MailboxProtocolException($"The POP3 server would not mark message {id} deleted: {reply.Text}");
        _deleted.Add(id);
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        var session = Usable();
        try
        {
            var reply = await session.CommandAsync("QUIT", cancellationToken);
            if (!reply.Ok) throw new MailboxProtocolException($"The POP3 server did not remove the messages: {reply.Text}");
        }
        finally
        {
            await CloseAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_session is { Broken: false } session)
        {
            try
            {
                // RSET first: a QUIT alone would carry out deletions the caller never committed.
                using var timeout = new CancellationTokenSource(_options.Timeout);
                if ((await session.CommandAsync("RSET", timeout.Token)).Ok) await session.CommandAsync("QUIT", timeout.Token);
            }
            catch (Exception e) when (e is MailboxException or OperationCanceledException)
            {
                // Dropping the connection without QUIT also leaves every message in place (RFC 1939, section 6).
            }
        }

        await CloseAsync();
    }

    private async Task StartTlsAsync(Pop3Session session, CancellationToken cancellationToken)
    {
        var capabilities = await session.CommandAsync("CAPA", cancellationToken);
        var offered = capabilities.Ok && (await session.ReadLinesAsync(cancellationToken))
            .Any(line => line.Trim().Equals("STLS", StringComparison.OrdinalIgnoreCase));
        if (!offered) throw new MailboxTlsException($"{_server.Host} does not offer STLS.");
        var reply = await session.CommandAsync("STLS", cancellationToken);
        if (!reply.Ok) throw new MailboxTlsException($"{_server.Host} refused STLS: {reply.Text}");
        await session.Connection.StartTlsAsync(cancellationToken);
    }

    private async Task LogInAsync(Pop3Session session, CancellationToken cancellationToken)
    {
        var user = await session.CommandAsync($"USER {_login}", cancellationToken);
        if (!user.Ok) throw new MailboxAuthenticationException($"The POP3 server refused user '{_login}': {user.Text}");
        var pass = await session.CommandAsync($"PASS {_password}", cancellationToken);
        if (!pass.Ok) throw new MailboxAuthenticationException($"The POP3 server refused the login of '{_login}': {pass.Text}");
    }

    private static async Task<Dictionary<int, string>> ListingAsync(
        Pop3Session session, string command, CancellationToken cancellationToken)
    {
        var reply = await session.CommandAsync(command, cancellationToken);
        if (!reply.Ok) throw new MailboxProtocolException($"The POP3 server refused {command}: {reply.Text}");
        var entries = new Dictionary<int, string>();
        foreach (var line in await session.ReadLinesAsync(cancellationToken))
        {
            var parts = line.Split(' ', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var number) || parts[1].Length == 0)
                throw new MailboxProtocolException($"The POP3 server sent a malformed {command} line.");
            entries[number] = parts[1];
        }

        return entries;
    }

    private (int Number, long Size) Find(string id) =>
        _messages.TryGetValue(id, out var message) && !_deleted.Contains(id)
            ? message
            : throw new MailboxMessageNotFoundException(id);

    private Pop3Session Usable() => _session switch
    {
        null => throw new InvalidOperationException("The POP3 session is not connected."),
        { Broken: true } => throw new MailboxConnectionException("The POP3 session broke off earlier; connect again."),
        var session => session,
    };

    private async Task CloseAsync()
    {
        if (_session is null) return;
        await _session.Connection.DisposeAsync();
        _session = null;
    }
}
