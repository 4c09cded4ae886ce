using FluentValidation;

namespace GoTrs.Application.Features.Tickets.Common;

public sealed class ArticleInputValidator : AbstractValidator<ArticleInput>
{
    public ArticleInputValidator()
    {
        RuleFor(a => a.Subject).NotEmpty().MaximumLength(3800);
        RuleFor(a => a.Body).NotNull().MaximumLength(1_800_000);
        RuleFor(a => a.ContentType)
            .Must(c => c is null || c.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase)
                                 || c.StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
            .WithMessage("contentType must be text/plain or text/html.");
        RuleFor(a => a.Channel)
            .Must(c => c is null || ArticleInput.ChannelNames.Contains(c.ToLowerInvariant()))
            .WithMessage("channel must be one of: internal, phone, email.");
        RuleFor(a => a.SenderType)
            .Must(s => s is null || ArticleInput.SenderNames.Contains(s.ToLowerInvariant()))
            .WithMessage("senderType must be agent or customer.");
        RuleFor(a => a.To).MaximumLength(10_000);
        RuleFor(a => a.Cc).MaximumLength(10_000);
        RuleFor(a => a.Bcc).MaximumLength(10_000);
        RuleFor(a => a.TimeUnits).InclusiveBetween(-99_999_999m, 99_999_999m);
        RuleForEach(a => a.Attachments).ChildRules(file =>
        {
            file.RuleFor(f => f.FileName).NotEmpty().MaximumLength(250);
            file.RuleFor(f => f.ContentType).NotEmpty().MaximumLength(250);
            file.RuleFor(f => f.Content).NotNull();
        });
    }
}
