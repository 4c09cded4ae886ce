using GoTrs.Domain.Articles;
using GoTrs.Domain.DynamicFields;
using GoTrs.Domain.Links;
using GoTrs.Domain.Mail;
using GoTrs.Domain.Templates;
using GoTrs.Domain.Tickets;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Application.Common.Interfaces;

/// <summary>Tickets, articles and what hangs off them: links, dynamic fields, mail handling, templates.</summary>
public partial interface IAppDbContext
{
    DbSet<Ticket> Tickets { get; }
    DbSet<TicketHistory> TicketHistory { get; }
    DbSet<TicketHistoryType> TicketHistoryTypes { get; }
    DbSet<TicketWatcher> TicketWatchers { get; }
    DbSet<TicketFlag> TicketFlags { get; }
    DbSet<TicketNumberCounter> TicketNumberCounters { get; }
    DbSet<TicketLoopProtection> TicketLoopProtection { get; }
    DbSet<TimeAccounting> TimeAccounting { get; }

    DbSet<Article> Articles { get; }
    DbSet<ArticleDataMime> ArticleDataMime { get; }
    DbSet<ArticleDataMimePlain> ArticleDataMimePlain { get; }
    DbSet<ArticleAttachment> ArticleAttachments { get; }
    DbSet<ArticleSendError> ArticleSendErrors { get; }
    DbSet<ArticleSenderType> ArticleSenderTypes { get; }
    DbSet<ArticleFlag> ArticleFlags { get; }
    DbSet<ArticleSearchIndex> ArticleSearchIndex { get; }
    DbSet<CommunicationChannel> CommunicationChannels { get; }

    DbSet<LinkObject> LinkObjects { get; }
    DbSet<LinkType> LinkTypes { get; }
    DbSet<LinkState> LinkStates { get; }
    DbSet<LinkRelation> LinkRelations { get; }

    DbSet<DynamicField> DynamicFields { get; }
    DbSet<DynamicFieldValue> DynamicFieldValues { get; }
    DbSet<DynamicFieldObjectName> DynamicFieldObjectNames { get; }

    DbSet<MailAccount> MailAccounts { get; }
    DbSet<MailQueueItem> MailQueue { get; }
    DbSet<PostmasterFilter> PostmasterFilters { get; }
    DbSet<AutoResponse> AutoResponses { get; }
    DbSet<AutoResponseType> AutoResponseTypes { get; }
    DbSet<QueueAutoResponse> QueueAutoResponses { get; }

    DbSet<StandardTemplate> StandardTemplates { get; }
    DbSet<QueueStandardTemplate> QueueStandardTemplates { get; }
}
