namespace GoTrs.Domain.Mail;

/// <summary>The auto response types of OTRS's initial data (<c>auto_response_type</c> ids).</summary>
public static class AutoResponseKind
{
    public const int Reply = 1;
    public const int Reject = 2;
    public const int FollowUp = 3;
    public const int ReplyNewTicket = 4;
}
