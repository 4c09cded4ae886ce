using System.Text.RegularExpressions;
using FluentValidation;
using GoTrs.Application.Features.Mail.Inbound;

namespace GoTrs.Application.Features.Admin.PostmasterFilters;

public sealed class SavePostmasterFilterValidator : AbstractValidator<SavePostmasterFilterCommand>
{
    public SavePostmasterFilterValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Match).NotEmpty().WithMessage("A filter needs at least one match line.");
        RuleFor(x => x.Set).NotNull();
        RuleForEach(x => x.Match).ChildRules(m =>
        {
            m.RuleFor(l => l.Key).NotEmpty().MaximumLength(200);
            m.RuleFor(l => l.Value).NotEmpty().MaximumLength(200).Must(IsRegex).WithMessage("value must be a valid regular expression.");
        });
        RuleForEach(x => x.Set).ChildRules(s =>
        {
            s.RuleFor(l => l.Key).NotEmpty().MaximumLength(200)
                .Must(k => k is not null && MailInstructions.Strip(k) is not null)
                .WithMessage("key must be an X-OTRS-* or X-GOTRS-* header.");
            s.RuleFor(l => l.Value).NotNull().MaximumLength(200);
        });
    }

    private static bool IsRegex(string? pattern)
    {
        if (pattern is null) return false;
        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
