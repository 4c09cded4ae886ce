using System.Text;

namespace GoTrs.Infrastructure.Mail.Protocols.Imap;

/// <summary>Securing and authenticating an IMAP session: STARTTLS, then LOGIN, or AUTHENTICATE PLAIN where LOGIN is disabled.</summary>
internal static class ImapLogin
{
    public static async Task StartTlsAsync(ImapSession session, string host, CancellationToken cancellationToken)
    {
        await session.EnsureCapabilitiesAsync(cancellationToken);
        if (!session.Capabilities.Contains("STARTTLS")) throw new MailboxTlsException($"{host} does not offer STARTTLS.");
        var result = await session.ExecuteAsync(new ImapCommand("STARTTLS"), cancellationToken);
        if (!result.Status.IsOk) throw new MailboxTlsException($"{host} refused STARTTLS: {result.Status.Text}");
        await session.Connection.StartTlsAsync(cancellationToken);

        // Capabilities seen in the clear may have been forged (e.g. to hide LOGINDISABLED); ask again under TLS.
        session.Capabilities.Clear();
    }

    public static async Task LogInAsync(ImapSession session, string login, string password, CancellationToken cancellationToken)
    {
        await session.EnsureCapabilitiesAsync(cancellationToken);
        var command = session.Capabilities.Contains("LOGINDISABLED")
            ? AuthenticatePlain(session, login, password)
            : new ImapCommand("LOGIN").String(login).String(password);

        var result = await session.ExecuteAsync(command, cancellationToken);
        if (result.Status.Condition == "NO")
            throw new MailboxAuthenticationException($"The IMAP server refused the login of '{login}': {result.Status.Text}");
        if (!result.Status.IsOk)
            throw new MailboxProtocolException($"The IMAP server rejected {command.Name}: {result.Status.Text}");

        // Capabilities grow after login (UIDPLUS and more); unless the server just listed them, ask again.
        if (result.Status.CodeArguments("CAPABILITY") is null)
        {
            session.Capabilities.Clear();
            await session.EnsureCapabilitiesAsync(cancellationToken);
        }
    }

    private static ImapCommand AuthenticatePlain(ImapSession session, string login, string password)
    {
        if (!session.Capabilities.Contains("AUTH=PLAIN"))
            throw new MailboxAuthenticationException(
                "The IMAP server disables LOGIN on this connection and offers no AUTHENTICATE PLAIN; use IMAPS or IMAPTLS.");

        // RFC 4616: authorisation identity (empty: the same user), authentication identity, password.
        var response = Convert.ToBase64String(Encoding.UTF8.GetBytes($"\0{login}\0{password}"));
        return session.Capabilities.Contains("SASL-IR")
            ? new ImapCommand("AUTHENTICATE PLAIN " + response)
            : new ImapCommand("AUTHENTICATE PLAIN").AfterContinuation(response);
    }
}
