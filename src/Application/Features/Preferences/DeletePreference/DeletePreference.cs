using FluentValidation;
using GoTrs.Application.Common.Messaging;

namespace GoTrs.Application.Features.Preferences.DeletePreference;

/// <summary>Removes the caller's preference; removing one that does not exist is not an error.</summary>
public sealed record DeletePreferenceCommand(string Key) : IRequest<Unit>;

public sealed class DeletePreferenceHandler(PreferenceStore store) : IRequestHandler<DeletePreferenceCommand, Unit>
{
    public async Task<Unit> Handle(DeletePreferenceCommand request, CancellationToken cancellationToken)
    {
        await store.RemoveAsync(request.Key, cancellationToken);
        return Unit.Value;
    }
}

public sealed class DeletePreferenceValidator : AbstractValidator<DeletePreferenceCommand>
{
    public DeletePreferenceValidator() =>
        RuleFor(x => x.Key).Must(PreferenceKeys.IsValidKey)
            .WithMessage("A key starts with a letter and has at most 100 letters, digits, '.', '_' or '-'.");
}
