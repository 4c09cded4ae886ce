namespace GoTrs.Infrastructure.Mail.Mime;

/// <summary>One mailbox from an address header.</summary>
/// <param name="DisplayName">The decoded display name (or the comment of the obsolete <c>addr (Name)</c> form), or null.</param>
/// <param name="Address">The address as written, without angle brackets; may lack a domain (<c>MAILER-DAEMON</c>).</param>
/// <param name="Group">The RFC 5322 group the mailbox was listed in, or null.</param>
public sealed record MailboxAddress(string? DisplayName, string Address, string? Group = null)
{
    public override string ToString() =>
        string.IsNullOrEmpty(DisplayName) ? Address : $"\"{DisplayName.Replace("\"", "\\\"", StringComparison.Ordinal)}\" <{Address}>";
}
