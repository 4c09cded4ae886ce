using FluentValidation;
using GoTrs.Application.Common.Models;

namespace GoTrs.Application.Features.Tickets.GetArticles;

public sealed class GetArticlesValidator : AbstractValidator<GetArticlesQuery>
{
    public GetArticlesValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
    }
}
