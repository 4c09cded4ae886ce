using GoTrs.Domain.Common;

namespace GoTrs.Domain.Tickets;

/// <summary>State types drive behaviour; their names are fixed by OTRS.</summary>
public sealed class TicketStateType : AuditedEntity
{
    public const string New = "new";
    public const string Open = "open";
    public const string Closed = "closed";
    public const string PendingReminder = "pending reminder";
    public const string PendingAuto = "pending auto";
    public const string Removed = "removed";
    public const string Merged = "merged";

    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string? Comments { get; set; }

    public static bool IsPending(string typeName) => typeName is PendingReminder or PendingAuto;
    public static bool IsViewable(string typeName) => typeName is New or Open or PendingReminder or PendingAuto;
}
