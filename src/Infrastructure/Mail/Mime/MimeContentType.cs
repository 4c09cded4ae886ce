namespace GoTrs.Infrastructure.Mail.Mime;

/// <summary>A Content-Type value: lower-case media type and subtype plus decoded parameters.</summary>
public sealed class MimeContentType
{
    private static readonly IReadOnlyDictionary<string, string> NoParameters =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase).AsReadOnly();

    /// <summary>RFC 2045 default for parts that declare nothing.</summary>
    public static readonly MimeContentType TextPlain = new("text", "plain", NoParameters);

    /// <summary>RFC 2046 default for the parts of a multipart/digest.</summary>
    public static readonly MimeContentType MessageRfc822 = new("message", "rfc822", NoParameters);

    internal MimeContentType(string mediaType, string mediaSubtype, IReadOnlyDictionary<string, string> parameters)
    {
        MediaType = mediaType;
        MediaSubtype = mediaSubtype;
        Parameters = parameters;
    }

    public string MediaType { get; }

    public string MediaSubtype { get; }

    /// <summary><c>type/subtype</c>, lower case.</summary>
    public string MimeType => $"{MediaType}/{MediaSubtype}";

    /// <summary>Parameters by case-insensitive name, RFC 2231 continuations joined and values decoded.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; }

    public string? Charset => Parameters.GetValueOrDefault("charset");

    public string? Boundary => Parameters.GetValueOrDefault("boundary");

    public string? Name => Parameters.GetValueOrDefault("name");

    public bool IsMultipart => MediaType == "multipart";

    public bool IsText => MediaType == "text";

    public bool Is(string mimeType) => MimeType.Equals(mimeType, StringComparison.OrdinalIgnoreCase);

    public override string ToString() => MimeType;

    internal MimeContentType WithType(string mediaType, string mediaSubtype) => new(mediaType, mediaSubtype, Parameters);
}
