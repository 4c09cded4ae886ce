using System.Text;

namespace GoTrs.Infrastructure.Mail.Protocols.Imap;

/// <summary>
/// Runs tagged commands: sends them (waiting for the server's go-ahead before a synchronising literal), gathers
/// the untagged data until the tagged completion, and tracks capabilities. Any failure mid-exchange marks the
/// session broken, because what follows on the wire would belong to the interrupted command.
/// </summary>
internal sealed class ImapSession(MailConnection connection, MailboxClientOptions options)
{
    private readonly ImapResponseReader _reader = new(connection, options);
    private int _lastTag;

    public MailConnection Connection => connection;

    public bool Broken { get; private set; }

    public HashSet<string> Capabilities { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Task<ImapStatus> ReadGreetingAsync(CancellationToken cancellationToken) => Guard(async () =>
    {
        var greeting = await _reader.ReadAsync(cancellationToken);
        var status = greeting.IsUntagged ? greeting.Status() : null;
        if (status?.Condition == "BYE") throw new MailboxConnectionException($"The IMAP server refused the session: {status.Text}");
        if (status?.Condition is not ("OK" or "PREAUTH"))
            throw new MailboxProtocolException($"Unexpected IMAP greeting: '{ServerText.Printable(greeting.Lines[0])}'.");
        Observe(greeting, byeExpected: false);
        return status;
    });

    public async Task EnsureCapabilitiesAsync(CancellationToken cancellationToken)
    {
        if (Capabilities.Count > 0) return;
        var result = await ExecuteAsync(new ImapCommand("CAPABILITY"), cancellationToken);
        if (!result.Status.IsOk) throw new MailboxProtocolException($"CAPABILITY failed: {result.Status.Text}");
    }

    public Task<ImapResult> ExecuteAsync(ImapCommand command, CancellationToken cancellationToken, bool byeExpected = false) =>
        Guard(async () =>
        {
            var tag = $"A{++_lastTag:D4}";
            var untagged = new List<ImapResponse>();
            using var pending = new MemoryStream();
            pending.Write(Encoding.ASCII.GetBytes(tag));
            foreach (var part in command.Parts)
            {
                if (WriteSeparator(pending, part))
                {
                    await FlushAsync(pending, cancellationToken);
                    if (await AwaitContinuationAsync(tag, untagged, byeExpected, cancellationToken) is { } refused) return refused;
                }

                pending.Write(part.Bytes);
            }

            pending.Write("\r\n"u8);
            await FlushAsync(pending, cancellationToken);
            return await AwaitContinuationAsync(tag, untagged, byeExpected, cancellationToken)
                ?? throw new MailboxProtocolException($"The IMAP server asked for more input to {command.Name} than was sent.");
        });

    /// <summary>Reads until the server asks to continue (null) or completes the command (its result).</summary>
    private async Task<ImapResult?> AwaitContinuationAsync(
        string tag, List<ImapResponse> untagged, bool byeExpected, CancellationToken cancellationToken)
    {
        while (true)
        {
            var response = await _reader.ReadAsync(cancellationToken);
            if (response.IsContinuation) return null;
            if (response.IsUntagged)
            {
                Observe(response, byeExpected);
                untagged.Add(response);
                continue;
            }

            if (response.Tag != tag)
                throw new MailboxProtocolException($"The IMAP server answered an unknown tag: '{ServerText.Printable(response.Lines[0])}'.");
            var status = response.Status();
            UpdateCapabilities(status.CodeArguments("CAPABILITY"));
            return new ImapResult(status, untagged);
        }
    }

    private void Observe(ImapResponse response, bool byeExpected)
    {
        if (response.Keyword == "CAPABILITY") UpdateCapabilities(response.Rest["CAPABILITY".Length..]);
        if (response.Keyword is not ("OK" or "NO" or "BAD" or "BYE" or "PREAUTH")) return;
        var status = response.Status();
        UpdateCapabilities(status.CodeArguments("CAPABILITY"));
        if (status.Condition == "BYE" && !byeExpected)
            throw new MailboxConnectionException($"The IMAP server ended the session: {status.Text}");
    }

    private void UpdateCapabilities(string? list)
    {
        if (list is null) return;
        Capabilities.Clear();
        Capabilities.UnionWith(list.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// Writes what precedes a part: a space, a literal announcement or a line end. True when the server must say
    /// go ahead before the part's bytes: a SASL response, or a literal the server cannot take unasked (no LITERAL+).
    /// </summary>
    private bool WriteSeparator(MemoryStream pending, ImapCommandPart part)
    {
        switch (part.Kind)
        {
            case ImapCommandPartKind.AfterContinuation:
                pending.Write("\r\n"u8);
                return true;
            case ImapCommandPartKind.Literal:
                var length = part.Bytes.Length;
                var unasked = Capabilities.Contains("LITERAL+") || Capabilities.Contains("LITERAL-") && length <= 4096;
                pending.Write(Encoding.ASCII.GetBytes(unasked ? $" {{{length}+}}\r\n" : $" {{{length}}}\r\n"));
                return !unasked;
            default:
                pending.Write(" "u8);
                return false;
        }
    }

    private async Task FlushAsync(MemoryStream pending, CancellationToken cancellationToken)
    {
        await connection.WriteAsync(pending.GetBuffer().AsMemory(0, (int)pending.Length), cancellationToken);
        pending.SetLength(0);
    }

    private async Task<T> Guard<T>(Func<Task<T>> exchange)
    {
        try
        {
            return await exchange();
        }
        catch
        {
            Broken = true;
            throw;
        }
    }
}

/// <summary>A command's tagged completion and the untagged data that came with it.</summary>
internal sealed record ImapResult(ImapStatus Status, IReadOnlyList<ImapResponse> Untagged);
