using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Messaging;
using GoTrs.Application.Common.Models;
using GoTrs.Application.Features.Admin.Common;
using GoTrs.Domain.Queues;

namespace GoTrs.Application.Features.Admin.TextBlocks;

public sealed record ListSalutationsQuery(Paging Paging) : IRequest<PagedList<TextBlockDto>>, IPagedQuery;

public sealed record GetSalutationQuery(int Id) : IRequest<TextBlockDto>;

/// <summary>Creates (no <see cref="Id"/>) or replaces a salutation, the text a queue puts before an agent's mail.</summary>
public sealed record SaveSalutationCommand(int? Id, string? Name, string? Text, string? ContentType, string? Comments, int? ValidId)
    : IRequest<TextBlockDto>, ITextBlockInput;

/// <summary>Deletes a salutation no queue uses.</summary>
public sealed record DeleteSalutationCommand(int Id) : IRequest<Unit>;

public sealed class SalutationHandlers(IAppDbContext db)
    : IRequestHandler<ListSalutationsQuery, PagedList<TextBlockDto>>,
      IRequestHandler<GetSalutationQuery, TextBlockDto>,
      IRequestHandler<SaveSalutationCommand, TextBlockDto>,
      IRequestHandler<DeleteSalutationCommand, Unit>
{
    private readonly TextBlockStore<Salutation> _store = new(db, db.Salutations, "Salutation", id => q => q.SalutationId == id);

    public Task<PagedList<TextBlockDto>> Handle(ListSalutationsQuery request, CancellationToken cancellationToken) =>
        _store.ListAsync(request.Paging, cancellationToken);

    public Task<TextBlockDto> Handle(GetSalutationQuery request, CancellationToken cancellationToken) => _store.GetAsync(request.Id, cancellationToken);

    public Task<TextBlockDto> Handle(SaveSalutationCommand request, CancellationToken cancellationToken) => _store.SaveAsync(request, cancellationToken);

    public async Task<Unit> Handle(DeleteSalutationCommand request, CancellationToken cancellationToken)
    {
        await _store.DeleteAsync(request.Id, cancellationToken);
        return Unit.Value;
    }
}

public sealed class ListSalutationsValidator : PagedQueryValidator<ListSalutationsQuery>;

public sealed class SaveSalutationValidator : TextBlockValidator<SaveSalutationCommand>;
