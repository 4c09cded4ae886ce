using FluentValidation;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Common.Messaging;
using GoTrs.Application.Common.Models;
using GoTrs.Application.Features.Admin.Common;
using GoTrs.Domain.Queues;

namespace GoTrs.Application.Features.Admin.TextBlocks;

/// <summary>Salutations go before an agent's mail, signatures after it; queues name one of each.</summary>
public enum TextBlockKind
{
    Salutation,
    Signature,
}

/// <summary>A salutation or a signature: a named text with <c>&lt;OTRS_…&gt;</c> tags.</summary>
public sealed record TextBlockDto(int Id, string Name, string Text, string? ContentType, string? Comments, int ValidId);

public sealed record ListTextBlocksQuery(TextBlockKind Kind, Paging Paging) : IRequest<PagedList<TextBlockDto>>, IPagedQuery;

public sealed record GetTextBlockQuery(TextBlockKind Kind, int Id) : IRequest<TextBlockDto>;

/// <summary>Creates (no <see cref="Id"/>) or replaces a salutation or signature; names are unique per kind.</summary>
public sealed record SaveTextBlockCommand(
    TextBlockKind Kind, int? Id, string? Name, string? Text, string? ContentType, string? Comments, int? ValidId) : IRequest<TextBlockDto>;

/// <summary>Deletes a salutation or signature no queue uses.</summary>
public sealed record DeleteTextBlockCommand(TextBlockKind Kind, int Id) : IRequest<Unit>;

public sealed class TextBlockHandlers(IAppDbContext db)
    : IRequestHandler<ListTextBlocksQuery, PagedList<TextBlockDto>>,
      IRequestHandler<GetTextBlockQuery, TextBlockDto>,
      IRequestHandler<SaveTextBlockCommand, TextBlockDto>,
      IRequestHandler<DeleteTextBlockCommand, Unit>
{
    private readonly TextBlockStore<Salutation> _salutations = new(db, db.Salutations, "Salutation", id => q => q.SalutationId == id);
    private readonly TextBlockStore<Signature> _signatures = new(db, db.Signatures, "Signature", id => q => q.SignatureId == id);

    public Task<PagedList<TextBlockDto>> Handle(ListTextBlocksQuery request, CancellationToken cancellationToken) =>
        request.Kind == TextBlockKind.Salutation
            ? _salutations.ListAsync(request.Paging, cancellationToken)
            : _signatures.ListAsync(request.Paging, cancellationToken);

    public Task<TextBlockDto> Handle(GetTextBlockQuery request, CancellationToken cancellationToken) =>
        request.Kind == TextBlockKind.Salutation
            ? _salutations.GetAsync(request.Id, cancellationToken)
            : _signatures.GetAsync(request.Id, cancellationToken);

    public Task<TextBlockDto> Handle(SaveTextBlockCommand request, CancellationToken cancellationToken) =>
        request.Kind == TextBlockKind.Salutation
            ? _salutations.SaveAsync(request, cancellationToken)
            : _signatures.SaveAsync(request, cancellationToken);

    public async Task<Unit> Handle(DeleteTextBlockCommand request, CancellationToken cancellationToken)
    {
        await (request.Kind == TextBlockKind.Salutation
            ? _salutations.DeleteAsync(request.Id, cancellationToken)
            : _signatures.DeleteAsync(request.Id, cancellationToken));
        return Unit.Value;
    }
}

/// <summary>The columns of <c>salutation</c> and <c>signature</c>: name ≤ 200, text ≤ 3000, comments ≤ 250.</summary>
public sealed class SaveTextBlockValidator : AbstractValidator<SaveTextBlockCommand>
{
    public SaveTextBlockValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Text).NotNull().MaximumLength(3000);
        RuleFor(x => x.ContentType).TextContentType();
        RuleFor(x => x.Comments).MaximumLength(250);
        RuleFor(x => x.ValidId).ValidityId();
    }
}

public sealed class ListTextBlocksValidator : PagedQueryValidator<ListTextBlocksQuery>;
