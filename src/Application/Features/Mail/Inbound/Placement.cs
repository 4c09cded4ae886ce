namespace GoTrs.Application.Features.Mail.Inbound;

/// <summary>Where a new ticket goes when no filter says: the account's queue, or the queue of the recipient's system address.</summary>
public sealed record Placement(int? AccountQueueId, bool DispatchByRecipient);
