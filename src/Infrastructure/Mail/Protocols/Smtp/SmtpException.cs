namespace GoTrs.Infrastructure.Mail.Protocols.Smtp;

/// <summary>The relay refused the message (or a step before it). <see cref="Permanent"/> for 5xx replies.</summary>
public sealed class SmtpException(int code, string message) : Exception(message)
{
    public int Code { get; } = code;

    public bool Permanent => Code is >= 500 and < 600;
}
