using FluentValidation;
using GoTrs.Application.Features.Admin.Common;

namespace GoTrs.Application.Features.Admin.AutoResponses;

public sealed class SaveAutoResponseValidator : AbstractValidator<SaveAutoResponseCommand>
{
    public SaveAutoResponseValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Subject).NotEmpty().MaximumLength(6000);
        RuleFor(x => x.Text).MaximumLength(6000);
        RuleFor(x => x.ContentType).TextContentType();
        RuleFor(x => x.TypeId).NotNull();
        RuleFor(x => x.SystemAddressId).NotNull();
        RuleFor(x => x.Comments).MaximumLength(250);
        RuleFor(x => x.ValidId).ValidityId();
    }
}

public sealed class ListAutoResponsesValidator : PagedQueryValidator<ListAutoResponsesQuery>;
