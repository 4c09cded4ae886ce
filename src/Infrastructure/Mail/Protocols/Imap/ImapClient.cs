using System.Globalization;

namespace GoTrs.Infrastructure.Mail.Protocols.Imap;

/// <summary>
/// An IMAP4rev1 mailbox session (RFC 3501) on one folder. Messages are named by UIDVALIDITY and UID, fetched with
/// BODY.PEEK so reading never sets \Seen, and only changed at <see cref="CommitAsync"/>: flagged \Deleted and
/// expunged (only our UIDs where the server has UIDPLUS), or flagged \Seen.
/// </summary>
public sealed class ImapClient(
    MailServerEndpoint server, string login, string password, string folder = "INBOX", MailboxClientOptions? options = null)
    : IMailboxClient
{
    private readonly MailboxClientOptions _options = options ?? MailboxClientOptions.Default;
    private readonly Dictionary<uint, long> _sizes = [];
    private readonly SortedSet<uint> _processed = [];
    private ImapSession? _session;
    private uint _uidValidity;
    private long _exists;

    public async Task ConnectAsync(CancellationToken cancellationToken = default)
    {
        if (_session is not null) throw new InvalidOperationException("The IMAP session is already connected.");
        _session = new ImapSession(await MailConnection.OpenAsync(server, _options, cancellationToken), _options);
        try
        {
            var greeting = await _session.ReadGreetingAsync(cancellationToken);
            if (server.Security == MailSecurity.StartTls)
            {
                if (greeting.Condition == "PREAUTH")
                    throw new MailboxTlsException($"{server.Host} authenticated the plain connection, so STARTTLS is impossible.");
                await ImapLogin.StartTlsAsync(_session, server.Host, cancellationToken);
            }

            if (greeting.Condition != "PREAUTH") await ImapLogin.LogInAsync(_session, login, password, cancellationToken);
            await SelectAsync(_session, cancellationToken);
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
        _sizes.Clear();

        // UID FETCH 1:* on an empty folder is an error on some servers; NOOP first picks up mail that arrived since SELECT.
        if (_exists == 0) await RunAsync(session, new ImapCommand("NOOP"), cancellationToken);
        if (_exists == 0) return [];
        var result = await RunAsync(session, new ImapCommand("UID FETCH 1:* (UID RFC822.SIZE FLAGS)"), cancellationToken);
        var skipSeen = _options.ImapProcessedMessages == ImapProcessedMessages.MarkSeen;
        foreach (var fetch in ImapFetch.All(result.Untagged))
        {
            if (fetch.Uid is not { } uid || fetch.HasFlag(@"\Deleted") || skipSeen && fetch.HasFlag(@"\Seen")) continue;
            _sizes[uid] = fetch.Size ?? 0;
        }

        return [.. _sizes.Keys.Order().Where(uid => !_processed.Contains(uid)).Select(uid => new MailboxMessage(Id(uid), _sizes[uid]))];
    }

    public async Task<byte[]> FetchAsync(string id, CancellationToken cancellationToken = default)
    {
        var session = Usable();
        var uid = Uid(id);
        if (_sizes.GetValueOrDefault(uid) > _options.MaxMessageBytes)
            throw new MailboxMessageTooLargeException(_sizes[uid], _options.MaxMessageBytes);
        var result = await RunAsync(session, new ImapCommand($"UID FETCH {uid} (BODY.PEEK[])"), cancellationToken);
        return ImapFetch.All(result.Untagged).FirstOrDefault(fetch => fetch.Uid == uid && fetch.Body is not null)?.Body
            ?? throw new MailboxMessageNotFoundException(id);
    }

    public Task DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        Usable();
        _processed.Add(Uid(id));
        return Task.CompletedTask;
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        var session = Usable();
        try
        {
            var delete = _options.ImapProcessedMessages == ImapProcessedMessages.Delete;
            var flag = delete ? @"\Deleted" : @"\Seen";
            foreach (var set in ImapUidSet.Chunks(_processed))
            {
                await RunAsync(session, new ImapCommand($"UID STORE {set} +FLAGS.SILENT ({flag})"), cancellationToken);
                if (!delete) continue;

                // Plain EXPUNGE would also remove what other clients flagged \Deleted; UIDPLUS limits it to ours.
                var expunge = session.Capabilities.Contains("UIDPLUS") ? $"UID EXPUNGE {set}" : "EXPUNGE";
                await RunAsync(session, new ImapCommand(expunge), cancellationToken);
            }

            _processed.Clear();
            await LogOutAsync(session);
        }
        finally
        {
            await CloseAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        // LOGOUT, unlike CLOSE, expunges nothing: an uncommitted session leaves the folder as it found it.
        if (_session is { Broken: false } session) await LogOutAsync(session);
        await CloseAsync();
    }

    private async Task SelectAsync(ImapSession session, CancellationToken cancellationToken)
    {
        var select = new ImapCommand("SELECT").String(ModifiedUtf7.Encode(folder));
        var result = await session.ExecuteAsync(select, cancellationToken);
        if (!result.Status.IsOk)
            throw new MailboxProtocolException($"The IMAP folder '{folder}' cannot be selected: {result.Status.Text}");
        var validity = result.Untagged
            .Where(response => response.Keyword == "OK")
            .Select(response => response.Status().CodeArguments("UIDVALIDITY"))
            .FirstOrDefault(arguments => arguments is not null);
        if (!uint.TryParse(validity, CultureInfo.InvariantCulture, out _uidValidity))
            throw new MailboxProtocolException(
                $"The IMAP folder '{folder}' has no UIDVALIDITY, so its messages cannot be named stably.");
        TrackExists(result);
    }

    private async Task<ImapResult> RunAsync(ImapSession session, ImapCommand command, CancellationToken cancellationToken)
    {
        var result = await session.ExecuteAsync(command, cancellationToken);
        if (!result.Status.IsOk) throw new MailboxProtocolException($"The IMAP server refused {command.Name}: {result.Status.Text}");
        TrackExists(result);
        return result;
    }

    private void TrackExists(ImapResult result)
    {
        foreach (var response in result.Untagged.Where(r => r.Keyword == "EXISTS")) _exists = response.Number ?? _exists;
    }

    private async Task LogOutAsync(ImapSession session)
    {
        try
        {
            using var timeout = new CancellationTokenSource(_options.Timeout);
            await session.ExecuteAsync(new ImapCommand("LOGOUT"), timeout.Token, byeExpected: true);
        }
        catch (Exception e) when (e is MailboxException or OperationCanceledException)
        {
            // Everything that mattered is done or deliberately undone; the connection is closed next either way.
        }
    }

    private string Id(uint uid) => $"{_uidValidity}:{uid}";

    private uint Uid(string id)
    {
        var parts = id.Split(':');
        return parts.Length == 2 && parts[0] == _uidValidity.ToString(CultureInfo.InvariantCulture)
            && uint.TryParse(parts[1], CultureInfo.InvariantCulture, out var uid) && !_processed.Contains(uid)
                ? uid
                : throw new MailboxMessageNotFoundException(id);
    }

    private ImapSession Usable() => _session switch
    {
        null => throw new InvalidOperationException("The IMAP session is not connected."),
        { Broken: true } => throw new MailboxConnectionException("The IMAP session broke off earlier; connect again."),
        var session => session,
    };

    private async Task CloseAsync()
    {
        if (_session is null) return;
        await _session.Connection.DisposeAsync();
        _session = null;
    }
}
