namespace GoTrs.Infrastructure.Mail.Mime;

/// <summary>A Content-Disposition value: the lower-case kind (<c>inline</c>, <c>attachment</c>) and decoded parameters.</summary>
public sealed class MimeContentDisposition
{
    internal MimeContentDisposition(string kind, IReadOnlyDictionary<string, string> parameters)
    {
        Kind = kind;
        Parameters = parameters;
    }

    public string Kind { get; }

    public IReadOnlyDictionary<string, string> Parameters { get; }

    /// <summary>The <c>filename</c> parameter as declared (RFC 2231 or RFC 2047 decoded), or null.</summary>
    public string? FileName => Parameters.GetValueOrDefault("filename");

    public bool IsAttachment => Kind == "attachment";

    public bool IsInline => Kind == "inline";

    public override string ToString() => Kind;
}
