namespace GoTrs.Domain.Tickets;

/// <summary>OTRS history type names (table ticket_history_type); code refers to them by name, never by id.</summary>
public static class HistoryTypes
{
    public const string NewTicket = "NewTicket";
    public const string FollowUp = "FollowUp";
    public const string EmailAgent = "EmailAgent";
    public const string EmailCustomer = "EmailCustomer";
    public const string PhoneCallAgent = "PhoneCallAgent";
    public const string PhoneCallCustomer = "PhoneCallCustomer";
    public const string AddNote = "AddNote";
    public const string Move = "Move";
    public const string Lock = "Lock";
    public const string Unlock = "Unlock";
    public const string TimeAccounting = "TimeAccounting";
    public const string CustomerUpdate = "CustomerUpdate";
    public const string PriorityUpdate = "PriorityUpdate";
    public const string OwnerUpdate = "OwnerUpdate";
    public const string SetPendingTime = "SetPendingTime";
    public const string StateUpdate = "StateUpdate";
    public const string TicketDynamicFieldUpdate = "TicketDynamicFieldUpdate";
    public const string WebRequestCustomer = "WebRequestCustomer";
    public const string TicketLinkAdd = "TicketLinkAdd";
    public const string TicketLinkDelete = "TicketLinkDelete";
    public const string Merged = "Merged";
    public const string ResponsibleUpdate = "ResponsibleUpdate";
    public const string Subscribe = "Subscribe";
    public const string Unsubscribe = "Unsubscribe";
    public const string TypeUpdate = "TypeUpdate";
    public const string ServiceUpdate = "ServiceUpdate";
    public const string SlaUpdate = "SLAUpdate";
    public const string TitleUpdate = "TitleUpdate";
    public const string Misc = "Misc";
}
