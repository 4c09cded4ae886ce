using System.Text.Json;
using GoTrs.Application.Common.Messaging;

namespace GoTrs.Application.Features.Preferences.SetPreference;

/// <summary>Stores any JSON value (at most 64 KB) under the key; "language" and "timeZone" are checked.</summary>
public sealed record SetPreferenceCommand(string Key, JsonElement Value) : IRequest<Unit>;

public sealed class SetPreferenceHandler(PreferenceStore store) : IRequestHandler<SetPreferenceCommand, Unit>
{
    public async Task<Unit> Handle(SetPreferenceCommand request, CancellationToken cancellationToken)
    {
        await store.SetAsync(request.Key, request.Value.GetRawText(), cancellationToken);
        return Unit.Value;
    }
}
