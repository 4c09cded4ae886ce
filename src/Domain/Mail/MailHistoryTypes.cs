namespace GoTrs.Domain.Mail;

/// <summary>The OTRS history types the mail pipeline writes (names from <c>ticket_history_type</c>).</summary>
public static class MailHistoryTypes
{
    public const string SendAutoReject = "SendAutoReject";
    public const string SendAutoReply = "SendAutoReply";
    public const string SendAutoFollowUp = "SendAutoFollowUp";
    public const string SendAnswer = "SendAnswer";
    public const string LoopProtection = "LoopProtection";
}
