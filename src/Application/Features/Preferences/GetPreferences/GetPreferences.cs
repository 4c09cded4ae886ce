using System.Text.Json;
using GoTrs.Application.Common.Messaging;

namespace GoTrs.Application.Features.Preferences.GetPreferences;

/// <summary>The caller's GoTrs preferences as one JSON object: key → stored JSON value.</summary>
public sealed record GetPreferencesQuery : IRequest<IReadOnlyDictionary<string, JsonElement>>;

public sealed class GetPreferencesHandler(PreferenceStore store)
    : IRequestHandler<GetPreferencesQuery, IReadOnlyDictionary<string, JsonElement>>
{
    public async Task<IReadOnlyDictionary<string, JsonElement>> Handle(GetPreferencesQuery request, CancellationToken cancellationToken)
    {
        var stored = await store.ReadAllAsync(cancellationToken);
        var result = new SortedDictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var (key, json) in stored)
        {
            // Rows written by hand or by other tools may not be JSON; they are left out rather than failing the list.
            if (!PreferenceKeys.IsValidKey(key)) continue;
            try
            {
                using var document = JsonDocument.Parse(json);
                result[key] = document.RootElement.Clone();
            }
            catch (JsonException)
            {
            }
        }
        return result;
    }
}
