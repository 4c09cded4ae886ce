using FluentValidation;
using GoTrs.Application.Features.Tickets.Common;

namespace GoTrs.Application.Features.Tickets.CreateTicket;

public sealed class CreateTicketValidator : AbstractValidator<CreateTicketCommand>
{
    public CreateTicketValidator()
    {
        RuleFor(x => x.Title).NotEmpty().MaximumLength(255);
        RuleFor(x => x.QueueId).NotNull();
        RuleFor(x => x.CustomerUser).MaximumLength(250);
        RuleFor(x => x.CustomerId).MaximumLength(150);
        RuleFor(x => x.Article).NotNull().SetValidator(new ArticleInputValidator()!);
        RuleFor(x => x.DynamicFields).Must(d => d is null || d.Count <= 200).WithMessage("Too many dynamic fields.");
    }
}
