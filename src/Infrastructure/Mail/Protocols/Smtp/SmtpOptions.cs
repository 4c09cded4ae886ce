namespace GoTrs.Infrastructure.Mail.Protocols.Smtp;

/// <summary>Configuration section "Smtp": the relay outgoing mail is submitted to.</summary>
public sealed class SmtpOptions
{
    public const string SectionName = "Smtp";

    /// <summary>Empty: no relay configured; queued mail waits (and is reported) until one is.</summary>
    public string? Host { get; set; }

    /// <summary>Default 25 (None), 587 (StartTls) or 465 (Tls).</summary>
    public int? Port { get; set; }

    public SmtpSecurity Security { get; set; } = SmtpSecurity.None;
    public string? User { get; set; }
    public string? Password { get; set; }

    /// <summary>The name GoTrs gives in EHLO; default the machine name.</summary>
    public string? HeloName { get; set; }

    public int TimeoutSeconds { get; set; } = 60;

    public int EffectivePort => Port ?? Security switch
    {
        SmtpSecurity.Tls => 465,
        SmtpSecurity.StartTls => 587,
        _ => 25,
    };
}

public enum SmtpSecurity
{
    None,
    StartTls,
    Tls,
}
