using FluentValidation;
using GoTrs.Application.Common.Models;

namespace GoTrs.Application.Features.Admin.MailQuarantine;

public sealed class ListQuarantineValidator : AbstractValidator<ListQuarantineQuery>
{
    public ListQuarantineValidator()
    {
        RuleFor(x => x.Paging.Page).GreaterThanOrEqualTo(1).OverridePropertyName("page");
        RuleFor(x => x.Paging.PageSize).InclusiveBetween(1, Paging.MaxPageSize).OverridePropertyName("pageSize");
    }
}
