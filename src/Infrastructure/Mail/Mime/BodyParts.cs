namespace GoTrs.Infrastructure.Mail.Mime;

/// <summary>What <see cref="BodySelector"/> has found so far: body texts, HTML bodies and attachments.</summary>
internal sealed class BodyParts
{
    public BodyParts()
        : this(acceptsBody: true, [])
    {
    }

    private BodyParts(bool acceptsBody, List<MimeAttachment> attachments)
    {
        AcceptsBody = acceptsBody;
        Attachments = attachments;
    }

    /// <summary>False below parts that cannot hold the body (signatures, related resources): everything there is an attachment.</summary>
    public bool AcceptsBody { get; }

    public List<string> Texts { get; } = [];

    public List<string> Htmls { get; } = [];

    public List<MimeAttachment> Attachments { get; }

    public BodyParts AttachmentsOnly() => new(acceptsBody: false, Attachments);
}
