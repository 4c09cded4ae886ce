using System.Text.Json;

namespace GoTrs.Infrastructure.Identity.Tokens;

/// <summary>JSON reading rules shared by header and payload checks; both come from untrusted input.</summary>
internal static class JwtJson
{
    // Duplicate members are refused because two parsers could disagree on which one wins ("alg":"HS256","alg":"none").
    // Headers and claim sets are flat; deep nesting in an untrusted token only costs parsing time.
    public static readonly JsonDocumentOptions Strict = new()
    {
        MaxDepth = 16,
        AllowDuplicateProperties = false,
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
    };

    // GetString throws on an escaped lone surrogate ("\ud800"); headers are read before the signature is checked,
    // so an attacker could otherwise turn a bad token into a server error.
    public static string? ReadString(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
