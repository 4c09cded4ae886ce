using GoTrs.Domain.Articles;
using GoTrs.Domain.Tickets;

namespace GoTrs.Application.Features.Tickets.Common;

/// <summary>The OTRS history type an article is recorded under, by channel and sender.</summary>
public static class ArticleHistory
{
    public static string TypeFor(long channelId, int senderTypeId, bool webRequest) => (channelId, senderTypeId) switch
    {
        _ when webRequest => HistoryTypes.WebRequestCustomer,
        (Channels.Email, ArticleSenderType.Customer) => HistoryTypes.EmailCustomer,
        (Channels.Email, _) => HistoryTypes.EmailAgent,
        (Channels.Phone, ArticleSenderType.Customer) => HistoryTypes.PhoneCallCustomer,
        (Channels.Phone, _) => HistoryTypes.PhoneCallAgent,
        _ => HistoryTypes.AddNote,
    };
}
