using System.Linq.Expressions;
using GoTrs.Application.Common.Exceptions;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Messaging;
using GoTrs.Application.Common.Models;
using GoTrs.Application.Features.Admin.Common;
using GoTrs.Domain.Articles;
using GoTrs.Domain.Common;
using GoTrs.Domain.Mail;
using Microsoft.EntityFrameworkCore;

namespace GoTrs.Application.Features.Admin.AutoResponses;

/// <summary>
/// A text sent automatically (auto reply, auto reject, auto follow up, …, by <see cref="TypeId"/>) from
/// <see cref="SystemAddressId"/>, with <c>&lt;OTRS_…&gt;</c> tags. OTRS columns: text0 the text, text1 the subject.
/// </summary>
public sealed record AutoResponseDto(
    int Id, string Name, string? Subject, string? Text, string? ContentType, int TypeId, string? Type, int SystemAddressId,
    string? Comments, int ValidId);

/// <summary>A kind of auto response (<c>auto_response_type</c>).</summary>
public sealed record AutoResponseTypeDto(int Id, string Name, int ValidId);

public sealed record ListAutoResponsesQuery(Paging Paging) : IRequest<PagedList<AutoResponseDto>>, IPagedQuery;

public sealed record GetAutoResponseQuery(int Id) : IRequest<AutoResponseDto>;

/// <summary>Creates (no <see cref="Id"/>) or replaces an auto response.</summary>
public sealed record SaveAutoResponseCommand(
    int? Id, string? Name, string? Subject, string? Text, string? ContentType, int? TypeId, int? SystemAddressId, string? Comments,
    int? ValidId) : IRequest<AutoResponseDto>;

/// <summary>Deletes an auto response no queue uses.</summary>
public sealed record DeleteAutoResponseCommand(int Id) : IRequest<Unit>;

public sealed record ListAutoResponseTypesQuery : IRequest<IReadOnlyList<AutoResponseTypeDto>>;

public sealed class AutoResponseHandlers(IAppDbContext db)
    : IRequestHandler<ListAutoResponsesQuery, PagedList<AutoResponseDto>>,
      IRequestHandler<GetAutoResponseQuery, AutoResponseDto>,
      IRequestHandler<SaveAutoResponseCommand, AutoResponseDto>,
      IRequestHandler<DeleteAutoResponseCommand, Unit>,
      IRequestHandler<ListAutoResponseTypesQuery, IReadOnlyList<AutoResponseTypeDto>>
{
    private const string What = "Auto response";

    private Expression<Func<AutoResponse, AutoResponseDto>> ToDto => r => new AutoResponseDto(
        r.Id, r.Name, r.Subject, r.Response, r.ContentType, r.TypeId,
        db.AutoResponseTypes.Where(t => t.Id == r.TypeId).Select(t => t.Name).FirstOrDefault(), r.SystemAddressId, r.Comments, r.ValidId);

    public Task<PagedList<AutoResponseDto>> Handle(ListAutoResponsesQuery request, CancellationToken cancellationToken) =>
        AdminRows.PageAsync(db.AutoResponses.AsNoTracking().OrderBy(r => r.Name).ThenBy(r => r.Id), ToDto, request.Paging, cancellationToken);

    public async Task<AutoResponseDto> Handle(GetAutoResponseQuery request, CancellationToken cancellationToken) =>
        await db.AutoResponses.AsNoTracking().Where(r => r.Id == request.Id).Select(ToDto).FirstOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException($"{What} {request.Id} was not found.");

    public async Task<AutoResponseDto> Handle(SaveAutoResponseCommand request, CancellationToken cancellationToken)
    {
        var response = request.Id is { } id
            ? await AdminRows.FindAsync(db.AutoResponses, id, What, cancellationToken)
            : db.AutoResponses.Add(new AutoResponse()).Entity;
        var name = request.Name!.Trim();
        var refs = await db.Valid.Where(v => v.Id == Validity.Valid).Select(_ => new
        {
            NameTaken = db.AutoResponses.Any(r => r.Name == name && r.Id != response.Id),
            Type = db.AutoResponseTypes.Where(t => t.Id == request.TypeId).Select(t => t.Name).FirstOrDefault(),
            AddressExists = db.SystemAddresses.Any(a => a.Id == request.SystemAddressId),
        }).SingleAsync(cancellationToken);
        var errors = new FieldErrors();
        if (refs.NameTaken) errors.Add("name", $"An auto response named '{name}' exists already.");
        if (refs.Type is null) errors.Add("typeId", $"Auto response type {request.TypeId} does not exist.");
        if (!refs.AddressExists) errors.Add("systemAddressId", $"System address {request.SystemAddressId} does not exist.");
        errors.ThrowIfAny();

        response.Name = name;
        response.Subject = request.Subject;
        response.Response = request.Text;
        response.ContentType = request.ContentType?.Trim() ?? ArticleContent.PlainText;
        response.TypeId = request.TypeId!.Value;
        response.SystemAddressId = request.SystemAddressId!.Value;
        response.Comments = request.Comments;
        response.ValidId = request.ValidId ?? Validity.Valid;
        await db.SaveChangesAsync(cancellationToken);
        return new AutoResponseDto(response.Id, response.Name, response.Subject, response.Response, response.ContentType, response.TypeId,
            refs.Type, response.SystemAddressId, response.Comments, response.ValidId);
    }

    public async Task<Unit> Handle(DeleteAutoResponseCommand request, CancellationToken cancellationToken)
    {
        var id = request.Id;
        var queues = await (
            from qa in db.QueueAutoResponses
            join q in db.Queues on qa.QueueId equals q.Id
            where qa.AutoResponseId == id
            orderby q.Name
            select "queue " + q.Name).ToListAsync(cancellationToken);
        await AdminRows.DeleteAsync(db.AutoResponses, id, What, queues, cancellationToken);
        return Unit.Value;
    }

    public async Task<IReadOnlyList<AutoResponseTypeDto>> Handle(ListAutoResponseTypesQuery request, CancellationToken cancellationToken) =>
        await db.AutoResponseTypes.AsNoTracking().OrderBy(t => t.Id).Select(t => new AutoResponseTypeDto(t.Id, t.Name, t.ValidId))
            .ToListAsync(cancellationToken);
}
