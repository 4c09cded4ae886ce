using GoTrs.Application.Common.Exceptions;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Messaging;
using GoTrs.Application.Common.Security;
using GoTrs.Application.Features.Tickets.Common;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Application.Features.Tickets.GetAttachment;

public sealed record AttachmentFile(string FileName, string ContentType, byte[] Content);

/// <summary>One attachment's content, if the caller may see its article.</summary>
public sealed record GetAttachmentQuery(string IdOrNumber, long ArticleId, long AttachmentId) : IRequest<AttachmentFile>;

public sealed class GetAttachmentHandler(IAppDbContext db, ICurrentUser caller, IPermissionService permissions)
    : IRequestHandler<GetAttachmentQuery, AttachmentFile>
{
    public async Task<AttachmentFile> Handle(GetAttachmentQuery request, CancellationToken cancellationToken)
    {
        var customerOnly = caller.Kind == PrincipalKind.Customer;
        var row = await (
            from r in TicketLocator.Parse(request.IdOrNumber).Apply(TicketRows.Query(db))
            join a in db.Articles on r.Ticket.Id equals a.TicketId
            join f in db.ArticleAttachments on a.Id equals f.ArticleId
            where a.Id == request.ArticleId && f.Id == request.AttachmentId && (!customerOnly || a.IsVisibleForCustomer == 1)
            select new { r.Ticket.Id, r.GroupId, r.Ticket.CustomerUserId, r.Ticket.CustomerId, f.Filename, f.ContentType, f.Content })
            .FirstOrDefaultAsync(cancellationToken);
        var missing = new NotFoundException("The attachment was not found.");
        if (row is null) throw missing;
        var rights = await TicketRights.ForAsync(permissions, caller, row.GroupId, row.CustomerUserId, row.CustomerId, cancellationToken);
        if (!rights.Read) throw missing;
        return new AttachmentFile(ArticleFactory.SafeFileName(row.Filename ?? "attachment"),
            string.IsNullOrWhiteSpace(row.ContentType) ? "application/octet-stream" : row.ContentType, row.Content ?? []);
    }
}
