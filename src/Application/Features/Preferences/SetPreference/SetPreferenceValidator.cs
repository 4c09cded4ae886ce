using System.Text;
using System.Text.Json;
using FluentValidation;

namespace GoTrs.Application.Features.Preferences.SetPreference;

public sealed class SetPreferenceValidator : AbstractValidator<SetPreferenceCommand>
{
    public SetPreferenceValidator()
    {
        RuleFor(x => x.Key).Must(PreferenceKeys.IsValidKey)
            .WithMessage("A key starts with a letter and has at most 100 letters, digits, '.', '_' or '-'.");
        RuleFor(x => x.Value).Must(v => v.ValueKind != JsonValueKind.Undefined)
            .WithMessage("The body is the JSON value to store.");
        RuleFor(x => x.Value).Must(v => v.ValueKind == JsonValueKind.Undefined
                                        || Encoding.UTF8.GetByteCount(v.GetRawText()) <= PreferenceKeys.MaxValueBytes)
            .WithMessage($"A preference value is at most {PreferenceKeys.MaxValueBytes / 1024} KB of JSON.");
        When(x => x.Key == PreferenceKeys.Language, () =>
            RuleFor(x => x.Value).Must(v => v.ValueKind == JsonValueKind.String && PreferenceKeys.Languages.Contains(v.GetString()))
                .WithMessage($"language is one of {string.Join(", ", PreferenceKeys.Languages)}."));
        When(x => x.Key == PreferenceKeys.TimeZone, () =>
            RuleFor(x => x.Value).Must(v => v.ValueKind == JsonValueKind.String && PreferenceKeys.IsIanaTimeZone(v.GetString()))
                .WithMessage("timeZone is an IANA time zone id such as \"Europe/Berlin\" or \"UTC\"."));
    }
}
