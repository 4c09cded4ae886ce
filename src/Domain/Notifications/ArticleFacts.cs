namespace GoTrs.Domain.Notifications;

/// <summary>What notification filters and tags read of the article an event is about.</summary>
public sealed record ArticleFacts(
    long Id, int SenderTypeId, bool IsVisibleForCustomer, long ChannelId,
    string? From, string? To, string? Cc, string? Subject, string? Body);
