namespace GoTrs.Infrastructure.Mail.Protocols;

/// <summary>How a connection to a mail server is protected. Plain stays plain: nothing is upgraded opportunistically.</summary>
public enum MailSecurity
{
    None,

    /// <summary>Plain connect, then STARTTLS (IMAP) or STLS (POP3); the session fails if the server does not offer it.</summary>
    StartTls,

    /// <summary>TLS from the first byte (IMAPS, POP3S).</summary>
    Tls,
}
