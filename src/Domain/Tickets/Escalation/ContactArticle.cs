using GoTrs.Domain.Articles;

namespace GoTrs.Domain.Tickets.Escalation;

/// <summary>What escalation needs to know of an article: when, by whom, through which channel, seen by the customer.</summary>
public sealed record ContactArticle(DateTimeOffset CreatedAt, int SenderTypeId, long ChannelId, bool IsVisibleForCustomer)
{
    /// <summary>An agent's reply the customer received by mail or phone; internal channels do not answer anyone.</summary>
    public bool IsAgentAnswer => SenderTypeId == ArticleSenderType.Agent && IsVisibleForCustomer
                                 && ChannelId is Channels.Email or Channels.Phone;

    public bool IsCustomerContact => SenderTypeId == ArticleSenderType.Customer && IsVisibleForCustomer;
}
