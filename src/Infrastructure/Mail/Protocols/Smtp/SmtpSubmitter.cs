using System.Text;

namespace GoTrs.Infrastructure.Mail.Protocols.Smtp;

/// <summary>
/// Submits prepared RFC 5322 bytes to an SMTP relay (plain, STARTTLS or implicit TLS; AUTH PLAIN) exactly as they
/// were stored: System.Net.Mail.SmtpClient can only send a MailMessage it renders itself and has no implicit TLS.
/// </summary>
public sealed class SmtpSubmitter(SmtpOptions options, MailboxClientOptions connectionOptions)
{
    public async Task SendAsync(string sender, IReadOnlyList<string> recipients, byte[] message, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(options.Host)) throw new SmtpException(0, "No SMTP relay is configured (Smtp:Host).");
        var security = options.Security switch
        {
            SmtpSecurity.Tls => MailSecurity.Tls,
            SmtpSecurity.StartTls => MailSecurity.StartTls,
            _ => MailSecurity.None,
        };
        var endpoint = new MailServerEndpoint(options.Host, options.EffectivePort, security);
        await using var connection = await MailConnection.OpenAsync(endpoint, connectionOptions, ct);
        await ExpectAsync(connection, 220, ct);
        var helo = options.HeloName ?? Environment.MachineName;
        await CommandAsync(connection, $"EHLO {helo}", 250, ct);
        if (security == MailSecurity.StartTls)
        {
            await CommandAsync(connection, "STARTTLS", 220, ct);
            await connection.StartTlsAsync(ct);
            await CommandAsync(connection, $"EHLO {helo}", 250, ct);
        }
        if (!string.IsNullOrEmpty(options.User))
        {
            var token = Convert.ToBase64String(Encoding.UTF8.GetBytes($"\0{options.User}\0{options.Password}"));
            await CommandAsync(connection, $"AUTH PLAIN {token}", 235, ct);
        }
        await CommandAsync(connection, $"MAIL FROM:<{sender}>", 250, ct);
        foreach (var recipient in recipients) await CommandAsync(connection, $"RCPT TO:<{recipient}>", 250, ct, also: 251);
        await CommandAsync(connection, "DATA", 354, ct);
        await connection.WriteAsync(DotStuffed(message), ct);
        await ExpectAsync(connection, 250, ct);
        try
        {
            await connection.WriteAsync(Encoding.ASCII.GetBytes("QUIT\r\n"), ct);
        }
        catch (MailboxConnectionException)
        {
            // The message is accepted; a relay that hangs up before QUIT changes nothing.
        }
    }

    private static async Task CommandAsync(MailConnection connection, string command, int expected, CancellationToken ct, int also = 0)
    {
        await connection.WriteAsync(Encoding.UTF8.GetBytes(command + "\r\n"), ct);
        await ExpectAsync(connection, expected, ct, also);
    }

    private static async Task ExpectAsync(MailConnection connection, int expected, CancellationToken ct, int also = 0)
    {
        var text = new StringBuilder();
        int code;
        while (true)
        {
            var line = Encoding.UTF8.GetString((await connection.ReadLineAsync(4096, ct)).Span);
            if (line.Length < 3 || !int.TryParse(line.AsSpan(0, 3), out code)) throw new SmtpException(0, $"Unexpected SMTP reply: {line}");
            text.Append(line.Length > 4 ? line[4..] : "").Append(' ');
            if (line.Length == 3 || line[3] != '-') break;
        }
        if (code != expected && code != also) throw new SmtpException(code, $"{code} {text.ToString().Trim()}");
    }

    /// <summary>The message with CRLF line ends, leading dots doubled and the final "." line.</summary>
    public static byte[] DotStuffed(byte[] message)
    {
        using var output = new MemoryStream(message.Length + 64);
        var atLineStart = true;
        for (var i = 0; i < message.Length; i++)
        {
            var b = message[i];
            if (atLineStart && b == (byte)'.') output.WriteByte((byte)'.');
            if (b == (byte)'\n' && (i == 0 || message[i - 1] != (byte)'\r')) output.WriteByte((byte)'\r');
            output.WriteByte(b);
            atLineStart = b == (byte)'\n';
        }
        if (!atLineStart) output.Write("\r\n"u8);
        output.Write(".\r\n"u8);
        return output.ToArray();
    }
}
