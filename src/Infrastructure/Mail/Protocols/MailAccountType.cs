namespace GoTrs.Infrastructure.Mail.Protocols;

/// <summary>The OTRS mail account types (<c>mail_account.account_type</c>); the names are the stored values.</summary>
public enum MailAccountType
{
    POP3,
    POP3S,
    IMAP,
    IMAPS,

    /// <summary>IMAP on the plain port, upgraded with STARTTLS before the password is sent.</summary>
    IMAPTLS,
}
