using GoTrs.Application.Common.Exceptions;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Messaging;
using GoTrs.Application.Common.Models;
using GoTrs.Application.Common.Security;
using GoTrs.Application.Features.Tickets.Common;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Application.Features.Tickets.GetTicket;

/// <summary>The ticket zoom, by id or ticket number; articles paged, oldest first unless <see cref="NewestFirst"/>.</summary>
public sealed record GetTicketQuery(string IdOrNumber, int ArticlePage = 1, int ArticlePageSize = 25, bool NewestFirst = false)
    : IRequest<TicketDetailsDto>;

public sealed class GetTicketHandler(IAppDbContext db, ICurrentUser caller, IPermissionService permissions)
    : IRequestHandler<GetTicketQuery, TicketDetailsDto>
{
    public async Task<TicketDetailsDto> Handle(GetTicketQuery request, CancellationToken cancellationToken)
    {
        var locator = TicketLocator.Parse(request.IdOrNumber);
        var customerOnly = caller.Kind == PrincipalKind.Customer;
        var agentId = caller.AgentId ?? 0;
        var head = await locator.Apply(TicketRows.Query(db)).WithVersion().Select(v => new
        {
            v.Row, v.Version,
            // One scalar subquery per field on the unique login: a joined customer row would be numbered with a
            // window function over the whole customer table on every zoom.
            CustomerLogin = db.CustomerUsers.Where(c => c.Login == v.Row.Ticket.CustomerUserId).Select(c => c.Login).FirstOrDefault(),
            CustomerFirstName = db.CustomerUsers.Where(c => c.Login == v.Row.Ticket.CustomerUserId).Select(c => c.FirstName).FirstOrDefault(),
            CustomerLastName = db.CustomerUsers.Where(c => c.Login == v.Row.Ticket.CustomerUserId).Select(c => c.LastName).FirstOrDefault(),
            CustomerEmail = db.CustomerUsers.Where(c => c.Login == v.Row.Ticket.CustomerUserId).Select(c => c.Email).FirstOrDefault(),
            CustomerPhone = db.CustomerUsers.Where(c => c.Login == v.Row.Ticket.CustomerUserId).Select(c => c.Phone).FirstOrDefault(),
            CustomerCompanyId = db.CustomerUsers.Where(c => c.Login == v.Row.Ticket.CustomerUserId).Select(c => c.CustomerId).FirstOrDefault(),
            CustomerCompanyName = db.CustomerCompanies
                .Where(co => co.CustomerId == db.CustomerUsers.Where(c => c.Login == v.Row.Ticket.CustomerUserId)
                    .Select(c => c.CustomerId).FirstOrDefault())
                .Select(co => co.Name).FirstOrDefault(),
            TimeAccounted = db.TimeAccounting.Where(ta => ta.TicketId == v.Row.Ticket.Id).Sum(ta => (decimal?)ta.TimeUnit) ?? 0,
            IsWatching = db.TicketWatchers.Any(w => w.TicketId == v.Row.Ticket.Id && w.UserId == agentId),
            ArticleCount = db.Articles.Count(a => a.TicketId == v.Row.Ticket.Id && (!customerOnly || a.IsVisibleForCustomer == 1)),
        }).FirstOrDefaultAsync(cancellationToken);

        var rights = head is null
            ? null
            : await TicketRights.ForAsync(permissions, caller, head.Row.GroupId, head.Row.Ticket.CustomerUserId,
                head.Row.Ticket.CustomerId, cancellationToken);
        if (head is null || rights is null || !rights.Read)
            throw new NotFoundException($"Ticket {request.IdOrNumber} was not found.");

        var paging = new Paging(Math.Max(1, request.ArticlePage), Math.Clamp(request.ArticlePageSize, 1, Paging.MaxPageSize));
        var articles = await ArticlePage.LoadAsync(db, head.Row.Ticket.Id, customerOnly, paging, request.NewestFirst, cancellationToken);
        var fields = rights.IsCustomer ? [] : await TicketDynamicFields.LoadAsync(db, head.Row.Ticket.Id, cancellationToken);
        var customer = head.CustomerLogin is null
            ? null
            : new CustomerInfoDto(head.CustomerLogin, head.CustomerFirstName!, head.CustomerLastName!, head.CustomerEmail!,
                head.CustomerPhone, head.CustomerCompanyId!, head.CustomerCompanyName);
        return new TicketDetailsDto(TicketSummaryDto.From(head.Row, head.Version), customer, fields, head.TimeAccounted,
            !customerOnly && head.IsWatching, new PagedList<ArticleDto>(articles, paging.Page, paging.PageSize, head.ArticleCount),
            rights.Actions());
    }
}
