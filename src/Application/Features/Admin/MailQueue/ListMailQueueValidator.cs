using FluentValidation;
using GoTrs.Application.Common.Models;

namespace GoTrs.Application.Features.Admin.MailQueue;

public sealed class ListMailQueueValidator : AbstractValidator<ListMailQueueQuery>
{
    public ListMailQueueValidator()
    {
        RuleFor(x => x.Paging.Page).GreaterThanOrEqualTo(1).OverridePropertyName("page");
        RuleFor(x => x.Paging.PageSize).InclusiveBetween(1, Paging.MaxPageSize).OverridePropertyName("pageSize");
    }
}
