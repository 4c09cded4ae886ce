using System.Buffers;

namespace GoTrs.Infrastructure.Mail.Mime;

/// <summary>Reads the MIME fields of one entity: Content-Type, Content-Disposition, file name and Content-ID.</summary>
internal static class EntityHeaders
{
    private static readonly SearchValues<char> TokenSpecials = SearchValues.Create("()<>@,;:\\\"/[]?=");

    public static MimeContentType ContentType(MimeHeaderList headers, MimeContentType fallback, ProblemLog problems)
    {
        var header = headers.Get("Content-Type");
        if (header is null || header.RawValue.Length == 0)
        {
            return fallback;
        }

        var (value, raw) = ParameterListReader.Read(header.RawValue);
        var parameters = ParameterDecoder.Decode(raw, problems);
        int slash = value.IndexOf('/', StringComparison.Ordinal);
        string type = slash > 0 ? value[..slash].Trim().ToLowerInvariant() : string.Empty;
        string subtype = slash > 0 ? value[(slash + 1)..].Trim().ToLowerInvariant() : string.Empty;
        if (IsToken(type) && IsToken(subtype))
        {
            return new MimeContentType(type, subtype, parameters);
        }

        // RFC 2045 §5.2: a type we cannot read means text/plain; its parameters may still name a charset.
        problems.Add($"invalid Content-Type \"{Shorten(value)}\", read as text/plain");
        return new MimeContentType("text", "plain", parameters);
    }

    public static MimeContentDisposition? Disposition(MimeHeaderList headers, ProblemLog problems)
    {
        var header = headers.Get("Content-Disposition");
        if (header is null)
        {
            return null;
        }

        var (value, raw) = ParameterListReader.Read(header.RawValue);
        var parameters = ParameterDecoder.Decode(raw, problems);
        string kind = value.Trim().ToLowerInvariant();
        if (kind.Length == 0)
        {
            kind = parameters.ContainsKey("filename") ? "attachment" : "inline";
        }

        return new MimeContentDisposition(kind, parameters);
    }

    /// <summary>The declared file name without any directory part, so no caller can be led outside its folder.</summary>
    public static string? FileName(MimeContentType contentType, MimeContentDisposition? disposition)
    {
        string? name = disposition?.FileName;
        if (string.IsNullOrWhiteSpace(name))
        {
            name = contentType.Name ?? contentType.Parameters.GetValueOrDefault("filename");
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        int separator = name.LastIndexOfAny(['/', '\\']);
        string clean = new string(name[(separator + 1)..].Where(c => !char.IsControl(c)).ToArray()).Trim();
        return clean.Length == 0 ? null : clean;
    }

    public static string? ContentId(MimeHeaderList headers)
    {
        string? raw = headers.Get("Content-ID")?.RawValue;
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        string id = raw.Trim();
        int open = id.IndexOf('<', StringComparison.Ordinal);
        int close = id.LastIndexOf('>');
        if (open >= 0 && close > open)
        {
            id = id[(open + 1)..close];
        }

        id = id.Trim();
        return id.Length == 0 ? null : id;
    }

    // RFC 2045 token: printable ASCII without tspecials.
    private static bool IsToken(string value) =>
        value.Length > 0 && !value.AsSpan().ContainsAnyExceptInRange('!', '~') && !value.AsSpan().ContainsAny(TokenSpecials);

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..60] + "…";
}
