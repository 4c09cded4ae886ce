using FluentValidation;
using GoTrs.Application.Features.Tickets.Common;

namespace GoTrs.Application.Features.Tickets.AddArticle;

public sealed class AddArticleValidator : AbstractValidator<AddArticleCommand>
{
    public AddArticleValidator()
    {
        RuleFor(x => x.Article).NotNull().SetValidator(new ArticleInputValidator()!);
        RuleFor(x => x.PendingUntil).Null().When(x => x.NextStateId is null)
            .WithMessage("pendingUntil goes with nextStateId.");
    }
}
