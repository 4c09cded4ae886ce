using System.Linq.Expressions;
using GoTrs.Application.Common.Exceptions;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Messaging;
using GoTrs.Application.Common.Models;
using GoTrs.Application.Features.Admin.Common;
using GoTrs.Domain.Common;
using GoTrs.Domain.Queues;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Application.Features.Admin.SystemAddresses;

/// <summary>
/// An address GoTrs sends from and receives at (OTRS <c>system_address</c>: value0 the address, value1 the display
/// name). Mail to it is dispatched to <see cref="QueueId"/> by accounts that dispatch by recipient.
/// </summary>
public sealed record SystemAddressDto(int Id, string Email, string DisplayName, int QueueId, string? Comments, int ValidId);

public sealed record ListSystemAddressesQuery(Paging Paging) : IRequest<PagedList<SystemAddressDto>>, IPagedQuery;

public sealed record GetSystemAddressQuery(int Id) : IRequest<SystemAddressDto>;

/// <summary>Creates (no <see cref="Id"/>) or replaces a system address; the address is unique, whatever its case.</summary>
public sealed record SaveSystemAddressCommand(int? Id, string? Email, string? DisplayName, int? QueueId, string? Comments, int? ValidId)
    : IRequest<SystemAddressDto>;

/// <summary>Deletes a system address that neither a queue nor an auto response sends from.</summary>
public sealed record DeleteSystemAddressCommand(int Id) : IRequest<Unit>;

public sealed class SystemAddressHandlers(IAppDbContext db)
    : IRequestHandler<ListSystemAddressesQuery, PagedList<SystemAddressDto>>,
      IRequestHandler<GetSystemAddressQuery, SystemAddressDto>,
      IRequestHandler<SaveSystemAddressCommand, SystemAddressDto>,
      IRequestHandler<DeleteSystemAddressCommand, Unit>
{
    private const string What = "System address";
    private static readonly Expression<Func<SystemAddress, SystemAddressDto>> ToDto =
        a => new SystemAddressDto(a.Id, a.Address, a.DisplayName, a.QueueId, a.Comments, a.ValidId);
    private static readonly Func<SystemAddress, SystemAddressDto> Map = ToDto.Compile();

    public Task<PagedList<SystemAddressDto>> Handle(ListSystemAddressesQuery request, CancellationToken cancellationToken) =>
        AdminRows.PageAsync(db.SystemAddresses.AsNoTracking().OrderBy(a => a.Address).ThenBy(a => a.Id), ToDto, request.Paging, cancellationToken);

    public async Task<SystemAddressDto> Handle(GetSystemAddressQuery request, CancellationToken cancellationToken) =>
        Map(await AdminRows.FindAsync(db.SystemAddresses.AsNoTracking(), request.Id, What, cancellationToken));

    public async Task<SystemAddressDto> Handle(SaveSystemAddressCommand request, CancellationToken cancellationToken)
    {
        var address = request.Id is { } id
            ? await AdminRows.FindAsync(db.SystemAddresses, id, What, cancellationToken)
            : db.SystemAddresses.Add(new SystemAddress()).Entity;
        var email = request.Email!.Trim();
        var lower = email.ToLowerInvariant();
        var errors = new FieldErrors();
        if (await db.SystemAddresses.AnyAsync(a => a.Address.ToLower() == lower && a.Id != address.Id, cancellationToken))
            errors.Add("email", $"The system address '{email}' exists already.");
        if (!await db.Queues.AnyAsync(q => q.Id == request.QueueId, cancellationToken))
            errors.Add("queueId", $"Queue {request.QueueId} does not exist.");
        errors.ThrowIfAny();

        address.Address = email;
        address.DisplayName = request.DisplayName!.Trim();
        address.QueueId = request.QueueId!.Value;
        address.Comments = request.Comments;
        address.ValidId = request.ValidId ?? Validity.Valid;
        await db.SaveChangesAsync(cancellationToken);
        return Map(address);
    }

    public async Task<Unit> Handle(DeleteSystemAddressCommand request, CancellationToken cancellationToken)
    {
        var id = request.Id;
        var usedBy = await db.Queues.Where(q => q.SystemAddressId == id).Select(q => "queue " + q.Name)
            .Concat(db.AutoResponses.Where(r => r.SystemAddressId == id).Select(r => "auto response " + r.Name))
            .ToListAsync(cancellationToken);
        await AdminRows.DeleteAsync(db.SystemAddresses, id, What, usedBy.Order(StringComparer.Ordinal).ToList(), cancellationToken);
        return Unit.Value;
    }
}
