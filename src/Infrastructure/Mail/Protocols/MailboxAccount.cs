using System.Text;

namespace GoTrs.Infrastructure.Mail.Protocols;

/// <summary>
/// A mail account as an admin configures it (OTRS <c>mail_account</c>): type, host, optional port (the type's
/// standard port otherwise), credentials and, for IMAP, the folder to fetch from.
/// </summary>
public sealed record MailboxAccount(
    MailAccountType Type, string Host, string Login, string Password, int? Port = null, string Folder = "INBOX")
{
    // The generated ToString would print the password into any log line that mentions the account.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"Type = {Type}, Host = {Host}, Port = {Port}, Login = {Login}, Folder = {Folder}");
        return true;
    }
}
