using System.Text.Json;
using System.Text.RegularExpressions;

namespace GoTrs.Application.Features.Preferences;

/// <summary>
/// The SPA's per-user settings. They live in OTRS's preference tables under "GoTrs."-prefixed keys, so OTRS's own
/// keys stay untouched; each value is a JSON document.
/// </summary>
public static partial class PreferenceKeys
{
    public const string StoragePrefix = "GoTrs.";
    public const string Language = "language";
    public const string TimeZone = "timeZone";
    public const string DefaultLanguage = "en";
    public const string DefaultTimeZone = "UTC";
    public const int MaxValueBytes = 64 * 1024;

    /// <summary>OTRS's own keys, read as fallbacks for language and time zone (never written).</summary>
    public const string OtrsLanguage = "UserLanguage";
    public const string OtrsTimeZone = "UserTimeZone";

    public static readonly IReadOnlyList<string> Languages = ["en", "de", "es", "fr", "ar"];

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9._-]{0,99}$")]
    public static partial Regex KeyPattern();

    public static bool IsValidKey(string? key) => key is not null && KeyPattern().IsMatch(key);

    public static bool IsIanaTimeZone(string? id) =>
        !string.IsNullOrEmpty(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId;

    /// <summary>OTRS writes languages like "de" or "ar_SA"; the SPA knows the language part.</summary>
    public static string? SupportedLanguage(string? code)
    {
        var language = code?.Split('_', '-')[0].ToLowerInvariant();
        return language is not null && Languages.Contains(language) ? language : null;
    }

    /// <summary>The caller's language and time zone: GoTrs's preference, else OTRS's, else the defaults.</summary>
    public static (string Language, string TimeZone) Locale(IReadOnlyDictionary<string, string?> stored)
    {
        var language = SupportedLanguage(JsonString(stored.GetValueOrDefault(StoragePrefix + Language)))
                       ?? SupportedLanguage(stored.GetValueOrDefault(OtrsLanguage)) ?? DefaultLanguage;
        var zone = JsonString(stored.GetValueOrDefault(StoragePrefix + TimeZone)) is { } z && IsIanaTimeZone(z) ? z
            : stored.GetValueOrDefault(OtrsTimeZone) is { } o && IsIanaTimeZone(o) ? o
            : DefaultTimeZone;
        return (language, zone);
    }

    private static string? JsonString(string? json)
    {
        if (json is null) return null;
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.String ? document.RootElement.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
