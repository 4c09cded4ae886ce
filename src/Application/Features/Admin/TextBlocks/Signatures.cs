using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Messaging;
using GoTrs.Application.Common.Models;
using GoTrs.Application.Features.Admin.Common;
using GoTrs.Domain.Queues;

namespace GoTrs.Application.Features.Admin.TextBlocks;

public sealed record ListSignaturesQuery(Paging Paging) : IRequest<PagedList<TextBlockDto>>, IPagedQuery;

public sealed record GetSignatureQuery(int Id) : IRequest<TextBlockDto>;

/// <summary>Creates (no <see cref="Id"/>) or replaces a signature, the text a queue puts after an agent's mail.</summary>
public sealed record SaveSignatureCommand(int? Id, string? Name, string? Text, string? ContentType, string? Comments, int? ValidId)
    : IRequest<TextBlockDto>, ITextBlockInput;

/// <summary>Deletes a signature no queue uses.</summary>
public sealed record DeleteSignatureCommand(int Id) : IRequest<Unit>;

public sealed class SignatureHandlers(IAppDbContext db)
    : IRequestHandler<ListSignaturesQuery, PagedList<TextBlockDto>>,
      IRequestHandler<GetSignatureQuery, TextBlockDto>,
      IRequestHandler<SaveSignatureCommand, TextBlockDto>,
      IRequestHandler<DeleteSignatureCommand, Unit>
{
    private readonly TextBlockStore<Signature> _store = new(db, db.Signatures, "Signature", id => q => q.SignatureId == id);

    public Task<PagedList<TextBlockDto>> Handle(ListSignaturesQuery request, CancellationToken cancellationToken) =>
        _store.ListAsync(request.Paging, cancellationToken);

    public Task<TextBlockDto> Handle(GetSignatureQuery request, CancellationToken cancellationToken) => _store.GetAsync(request.Id, cancellationToken);

    public Task<TextBlockDto> Handle(SaveSignatureCommand request, CancellationToken cancellationToken) => _store.SaveAsync(request, cancellationToken);

    public async Task<Unit> Handle(DeleteSignatureCommand request, CancellationToken cancellationToken)
    {
        await _store.DeleteAsync(request.Id, cancellationToken);
        return Unit.Value;
    }
}

public sealed class ListSignaturesValidator : PagedQueryValidator<ListSignaturesQuery>;

public sealed class SaveSignatureValidator : TextBlockValidator<SaveSignatureCommand>;
