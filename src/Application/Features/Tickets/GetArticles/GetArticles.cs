using GoTrs.Application.Common.Exceptions;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Messaging;
using GoTrs.Application.Common.Models;
using GoTrs.Application.Common.Security;
using GoTrs.Application.Features.Tickets.Common;
using GoTrs.Application.Features.Tickets.GetTicket;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Application.Features.Tickets.GetArticles;

/// <summary>A page of a ticket's articles (customers see only those visible to them).</summary>
public sealed record GetArticlesQuery(string IdOrNumber, int Page = 1, int PageSize = 25, bool NewestFirst = false)
    : IRequest<PagedList<ArticleDto>>;

public sealed class GetArticlesHandler(IAppDbContext db, ITicketReader tickets, ICurrentUser caller, IPermissionService permissions)
    : IRequestHandler<GetArticlesQuery, PagedList<ArticleDto>>
{
    public async Task<PagedList<ArticleDto>> Handle(GetArticlesQuery request, CancellationToken cancellationToken)
    {
        var customerOnly = caller.Kind == PrincipalKind.Customer;
        var head = await TicketLocator.Parse(request.IdOrNumber).Apply(TicketRows.Query(db)).Select(r => new
        {
            r.Ticket.Id, r.GroupId, r.Ticket.CustomerUserId, r.Ticket.CustomerId,
            Count = db.Articles.Count(a => a.TicketId == r.Ticket.Id && (!customerOnly || a.IsVisibleForCustomer == 1)),
        }).FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException($"Ticket {request.IdOrNumber} was not found.");
        (await TicketRights.ForAsync(permissions, caller, head.GroupId, head.CustomerUserId, head.CustomerId, cancellationToken))
            .EnsureVisible(head.Id);
        var paging = new Paging(request.Page, request.PageSize);
        var items = await tickets.ArticlesAsync(head.Id, customerOnly, paging, request.NewestFirst, cancellationToken);
        return new PagedList<ArticleDto>(items, paging.Page, paging.PageSize, head.Count);
    }
}
