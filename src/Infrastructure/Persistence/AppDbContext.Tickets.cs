using GoTrs.Domain.Articles;
using GoTrs.Domain.DynamicFields;
using GoTrs.Domain.Links;
using GoTrs.Domain.Mail;
using GoTrs.Domain.Templates;
using GoTrs.Domain.Tickets;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Infrastructure.Persistence;

/// <summary>Tickets, articles and what hangs off them: links, dynamic fields, mail handling, templates.</summary>
public sealed partial class AppDbContext
{
    public DbSet<Ticket> Tickets => Set<Ticket>();
    public DbSet<TicketHistory> TicketHistory => Set<TicketHistory>();
    public DbSet<TicketHistoryType> TicketHistoryTypes => Set<TicketHistoryType>();
    public DbSet<TicketWatcher> TicketWatchers => Set<TicketWatcher>();
    public DbSet<TicketFlag> TicketFlags => Set<TicketFlag>();
    public DbSet<TicketNumberCounter> TicketNumberCounters => Set<TicketNumberCounter>();
    public DbSet<TicketLoopProtection> TicketLoopProtection => Set<TicketLoopProtection>();
    public DbSet<TimeAccounting> TimeAccounting => Set<TimeAccounting>();

    public DbSet<Article> Articles => Set<Article>();
    public DbSet<ArticleDataMime> ArticleDataMime => Set<ArticleDataMime>();
    public DbSet<ArticleDataMimePlain> ArticleDataMimePlain => Set<ArticleDataMimePlain>();
    public DbSet<ArticleAttachment> ArticleAttachments => Set<ArticleAttachment>();
    public DbSet<ArticleSendError> ArticleSendErrors => Set<ArticleSendError>();
    public DbSet<ArticleSenderType> ArticleSenderTypes => Set<ArticleSenderType>();
    public DbSet<ArticleFlag> ArticleFlags => Set<ArticleFlag>();
    public DbSet<ArticleSearchIndex> ArticleSearchIndex => Set<ArticleSearchIndex>();
    public DbSet<CommunicationChannel> CommunicationChannels => Set<CommunicationChannel>();

    public DbSet<LinkObject> LinkObjects => Set<LinkObject>();
    public DbSet<LinkType> LinkTypes => Set<LinkType>();
    public DbSet<LinkState> LinkStates => Set<LinkState>();
    public DbSet<LinkRelation> LinkRelations => Set<LinkRelation>();

    public DbSet<DynamicField> DynamicFields => Set<DynamicField>();
    public DbSet<DynamicFieldValue> DynamicFieldValues => Set<DynamicFieldValue>();
    public DbSet<DynamicFieldObjectName> DynamicFieldObjectNames => Set<DynamicFieldObjectName>();

    public DbSet<MailAccount> MailAccounts => Set<MailAccount>();
    public DbSet<MailQueueItem> MailQueue => Set<MailQueueItem>();
    public DbSet<PostmasterFilter> PostmasterFilters => Set<PostmasterFilter>();
    public DbSet<AutoResponse> AutoResponses => Set<AutoResponse>();
    public DbSet<AutoResponseType> AutoResponseTypes => Set<AutoResponseType>();
    public DbSet<QueueAutoResponse> QueueAutoResponses => Set<QueueAutoResponse>();

    public DbSet<StandardTemplate> StandardTemplates => Set<StandardTemplate>();
    public DbSet<QueueStandardTemplate> QueueStandardTemplates => Set<QueueStandardTemplate>();
}
