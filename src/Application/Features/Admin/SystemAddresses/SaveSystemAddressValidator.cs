using FluentValidation;
using GoTrs.Application.Features.Admin.Common;
using GoTrs.Application.Features.Mail.Common;

namespace GoTrs.Application.Features.Admin.SystemAddresses;

public sealed class SaveSystemAddressValidator : AbstractValidator<SaveSystemAddressCommand>
{
    public SaveSystemAddressValidator()
    {
        RuleFor(x => x.Email).NotEmpty().MaximumLength(200)
            .Must(e => e is null || Contact.IsAddress(e.Trim())).WithMessage("email must be an e-mail address such as support@example.com.");
        RuleFor(x => x.DisplayName).NotEmpty().MaximumLength(200);
        RuleFor(x => x.QueueId).NotNull();
        RuleFor(x => x.Comments).MaximumLength(250);
        RuleFor(x => x.ValidId).ValidityId();
    }
}

public sealed class ListSystemAddressesValidator : PagedQueryValidator<ListSystemAddressesQuery>;
