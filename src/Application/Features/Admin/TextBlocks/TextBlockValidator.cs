using FluentValidation;
using GoTrs.Application.Features.Admin.Common;

namespace GoTrs.Application.Features.Admin.TextBlocks;

/// <summary>The columns of <c>salutation</c> and <c>signature</c>: name ≤ 200, text ≤ 3000, comments ≤ 250.</summary>
public abstract class TextBlockValidator<T> : AbstractValidator<T> where T : ITextBlockInput
{
    protected TextBlockValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Text).NotNull().MaximumLength(3000);
        RuleFor(x => x.ContentType).TextContentType();
        RuleFor(x => x.Comments).MaximumLength(250);
        RuleFor(x => x.ValidId).ValidityId();
    }
}
