using FluentValidation;

namespace GoTrs.Application.Features.Admin.MailAccounts;

public sealed class SaveMailAccountValidator : AbstractValidator<SaveMailAccountCommand>
{
    public SaveMailAccountValidator()
    {
        RuleFor(x => x.Login).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Password).MaximumLength(200);
        RuleFor(x => x.Host).NotEmpty().MaximumLength(190).Must(h => h is null || !h.Contains(' ')).WithMessage("host must not contain spaces.");
        RuleFor(x => x.Port).InclusiveBetween(1, 65535);
        RuleFor(x => x.Type).NotEmpty()
            .Must(t => MailAccountHandlers.Types.Contains(t?.ToUpperInvariant()))
            .WithMessage("type must be one of: POP3, POP3S, IMAP, IMAPS, IMAPTLS.");
        RuleFor(x => x.ImapFolder).MaximumLength(250);
        RuleFor(x => x.DispatchingBy)
            .Must(d => d is null || d.Equals(MailAccountHandlers.ByQueue, StringComparison.OrdinalIgnoreCase)
                                 || d.Equals(MailAccountHandlers.ByRecipient, StringComparison.OrdinalIgnoreCase))
            .WithMessage("dispatchingBy must be Queue or From.");
        RuleFor(x => x.QueueId).NotNull()
            .When(x => !string.Equals(x.DispatchingBy, MailAccountHandlers.ByRecipient, StringComparison.OrdinalIgnoreCase))
            .WithMessage("queueId is required when dispatching by queue.");
        RuleFor(x => x.ValidId).InclusiveBetween(1, 3);
        RuleFor(x => x.Comments).MaximumLength(250);
    }
}
