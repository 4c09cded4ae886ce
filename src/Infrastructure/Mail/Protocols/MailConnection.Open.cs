using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;

namespace GoTrs.Infrastructure.Mail.Protocols;

/// <summary>Opening a connection: TCP connect, and TLS from the start or after STARTTLS/STLS.</summary>
internal sealed partial class MailConnection
{
    public static async Task<MailConnection> OpenAsync(
        MailServerEndpoint server, MailboxClientOptions options, CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            using var timeout = Deadline(options.Timeout, cancellationToken);
            await socket.ConnectAsync(server.Host, server.Port, timeout.Token);
        }
        catch (Exception e) when (e is SocketException || e is OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            socket.Dispose();
            throw new MailboxConnectionException($"Cannot connect to {server.Host}:{server.Port}: {e.Message}", e);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        var connection = new MailConnection(socket, server.Host, options);
        if (server.Security != MailSecurity.Tls) return connection;
        try
        {
            await connection.StartTlsAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task StartTlsAsync(CancellationToken cancellationToken)
    {
        // Bytes that arrived before the handshake were sent in the clear by someone: acting on them after the
        // upgrade is the STARTTLS command-injection attack, so they end the session.
        if (_start != _end)
            throw new MailboxProtocolException("The server sent data ahead of the TLS handshake; the session is not safe.");

        var tls = new SslStream(_stream, leaveInnerStreamOpen: false);
        _stream = tls;
        var authentication = new SslClientAuthenticationOptions
        {
            TargetHost = _host,
            RemoteCertificateValidationCallback = _options.CertificateValidation,
        };
        try
        {
            using var timeout = Deadline(_options.Timeout, cancellationToken);
            await tls.AuthenticateAsClientAsync(authentication, timeout.Token);
        }
        catch (Exception e) when (e is AuthenticationException or IOException)
        {
            throw new MailboxTlsException($"TLS with {_host} failed: {e.Message}", e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new MailboxConnectionException(
                $"{_host} did not answer the TLS handshake within {_options.Timeout.TotalSeconds:0} s.", e);
        }
    }
}
