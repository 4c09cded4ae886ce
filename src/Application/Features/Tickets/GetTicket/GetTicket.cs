using GoTrs.Application.Common.Exceptions;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Messaging;
using GoTrs.Application.Common.Models;
using GoTrs.Application.Common.Security;
using GoTrs.Application.Features.Tickets.Common;

namespace GoTrs.Application.Features.Tickets.GetTicket;

/// <summary>The ticket zoom, by id or ticket number; articles paged, oldest first unless <see cref="NewestFirst"/>.</summary>
public sealed record GetTicketQuery(string IdOrNumber, int ArticlePage = 1, int ArticlePageSize = 25, bool NewestFirst = false)
    : IRequest<TicketDetailsDto>;

public sealed class GetTicketHandler(ITicketReader tickets, ICurrentUser caller, IPermissionService permissions)
    : IRequestHandler<GetTicketQuery, TicketDetailsDto>
{
    public async Task<TicketDetailsDto> Handle(GetTicketQuery request, CancellationToken cancellationToken)
    {
        var customerOnly = caller.Kind == PrincipalKind.Customer;
        var head = await tickets.ZoomHeadAsync(TicketLocator.Parse(request.IdOrNumber), caller.AgentId ?? 0, customerOnly,
            cancellationToken);
        var rights = head is null
            ? null
            : await TicketRights.ForAsync(permissions, caller, head.GroupId, head.Ticket.CustomerUserId,
                head.Ticket.CustomerId, cancellationToken);
        if (head is null || rights is null || !rights.Read)
            throw new NotFoundException($"Ticket {request.IdOrNumber} was not found.");

        var paging = new Paging(Math.Max(1, request.ArticlePage), Math.Clamp(request.ArticlePageSize, 1, Paging.MaxPageSize));
        var articles = await tickets.ArticlesAsync(head.Ticket.Id, customerOnly, paging, request.NewestFirst, cancellationToken);
        var fields = rights.IsCustomer ? [] : await tickets.DynamicFieldsAsync(head.Ticket.Id, cancellationToken);
        return new TicketDetailsDto(head.Ticket, head.Customer, fields, head.TimeAccounted, !customerOnly && head.IsWatching,
            new PagedList<ArticleDto>(articles, paging.Page, paging.PageSize, head.ArticleCount), rights.Actions());
    }
}
