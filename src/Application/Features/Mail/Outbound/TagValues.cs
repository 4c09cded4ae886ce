using System.Text.RegularExpressions;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Domain.Articles;
using GoTrs.Domain.Tickets;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Application.Features.Mail.Outbound;

/// <summary>Collects what the <c>&lt;OTRS_…&gt;</c> tags of a ticket's mail refer to: ticket, queue, customer, agents.</summary>
public sealed class TagValues(IAppDbContext db)
{
    public async Task<OtrsTags> ForAsync(Ticket ticket, int? currentAgentId, CancellationToken ct)
    {
        var queue = await db.Queues.Where(q => q.Id == ticket.QueueId).Select(q => q.Name).FirstOrDefaultAsync(ct);
        var customer = ticket.CustomerUserId is null ? null : await db.CustomerUsers.AsNoTracking()
            .Where(c => c.Login == ticket.CustomerUserId).FirstOrDefaultAsync(ct);
        var agentIds = new[] { currentAgentId ?? ticket.OwnerId, ticket.OwnerId, ticket.ResponsibleId };
        var agents = await db.Agents.AsNoTracking().Where(a => agentIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var lastCustomer = await LastMessageOf(db, ticket.Id, ArticleSenderType.Customer)
            .Select(m => new { m.Subject, m.Body, m.From }).FirstOrDefaultAsync(ct);

        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["TICKET_TicketNumber"] = ticket.TicketNumber, ["TICKET_TicketID"] = ticket.Id.ToString(),
            ["TICKET_Title"] = ticket.Title, ["TICKET_Queue"] = queue, ["TICKET_CustomerUserID"] = ticket.CustomerUserId,
            ["TICKET_CustomerID"] = ticket.CustomerId, ["CUSTOMER_SUBJECT"] = lastCustomer?.Subject,
            ["CUSTOMER_REALNAME"] = customer is null ? RealName(lastCustomer?.From) ?? ticket.CustomerUserId : $"{customer.FirstName} {customer.LastName}",
            ["CUSTOMER_DATA_UserFirstname"] = customer?.FirstName, ["CUSTOMER_DATA_UserLastname"] = customer?.LastName,
            ["CUSTOMER_DATA_UserEmail"] = customer?.Email, ["CUSTOMER_DATA_UserLogin"] = customer?.Login,
            ["CUSTOMER_DATA_UserCustomerID"] = customer?.CustomerId,
        };
        AddAgent(values, agents, currentAgentId ?? ticket.OwnerId, "CURRENT", "Agent");
        AddAgent(values, agents, ticket.OwnerId, "OWNER", "TICKET_OWNER");
        AddAgent(values, agents, ticket.ResponsibleId, "RESPONSIBLE", "TICKET_RESPONSIBLE");
        return new OtrsTags(values, lastCustomer?.Body);
    }

    /// <summary>The content of the ticket's newest article from the given sender type (customer, agent, system).</summary>
    public static IQueryable<ArticleDataMime> LastMessageOf(IAppDbContext db, long ticketId, int senderTypeId) =>
        from a in db.Articles
        join m in db.ArticleDataMime on a.Id equals m.ArticleId
        where a.TicketId == ticketId && a.SenderTypeId == senderTypeId
        orderby a.Id descending
        select m;

    private static readonly Regex NotOfTheName = new(@"<.*>|\(.*\)|""|;|,", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    // As OTRS derives it from a sender: "Jane Doe" <jane@example.com> is Jane Doe; a bare address stays as it is.
    private static string? RealName(string? from)
    {
        if (from is null) return null;
        var name = NotOfTheName.Replace(from, "").Trim();
        return name.Length > 0 ? name : from.Trim();
    }

    private static void AddAgent(Dictionary<string, string?> values, Dictionary<int, Domain.Agents.Agent> agents, int id, params string[] prefixes)
    {
        if (!agents.TryGetValue(id, out var agent)) return;
        foreach (var prefix in prefixes)
        {
            values[$"{prefix}_UserFirstname"] = agent.FirstName;
            values[$"{prefix}_UserLastname"] = agent.LastName;
            values[$"{prefix}_UserFullname"] = $"{agent.FirstName} {agent.LastName}";
            values[$"{prefix}_UserLogin"] = agent.Login;
        }
    }
}
