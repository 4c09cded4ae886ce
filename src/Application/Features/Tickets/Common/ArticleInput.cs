using GoTrs.Domain.Articles;

namespace GoTrs.Application.Features.Tickets.Common;

/// <summary>The article part of a request, as integrators send it.</summary>
public sealed record ArticleInput(
    string? Subject,
    string? Body,
    string? ContentType = null,
    string? Channel = null,
    string? SenderType = null,
    bool? IsVisibleForCustomer = null,
    string? From = null,
    string? To = null,
    string? Cc = null,
    decimal? TimeUnits = null,
    IReadOnlyList<NewAttachment>? Attachments = null,
    string? Bcc = null)
{
    public static readonly IReadOnlyList<string> ChannelNames = ["internal", "phone", "email"];
    public static readonly IReadOnlyList<string> SenderNames = ["agent", "customer"];

    public long ChannelId => Channel?.ToLowerInvariant() switch
    {
        "phone" => Channels.Phone,
        "email" => Channels.Email,
        _ => Channels.Internal,
    };

    public int SenderTypeId(bool callerIsCustomer) => callerIsCustomer
        ? ArticleSenderType.Customer
        : SenderType?.ToLowerInvariant() switch
        {
            "customer" => ArticleSenderType.Customer,
            "agent" => ArticleSenderType.Agent,
            _ => ChannelId == Channels.Phone ? ArticleSenderType.Customer : ArticleSenderType.Agent,
        };
}
