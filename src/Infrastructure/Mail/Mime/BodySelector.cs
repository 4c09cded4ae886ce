using GoTrs.Infrastructure.Html;

namespace GoTrs.Infrastructure.Mail.Mime;

/// <summary>
/// Decides which parts are the message's text and HTML and which are attachments: the richest HTML and the
/// first plain text of a multipart/alternative, the root of a multipart/related (its other parts are inline
/// resources), the first part of a signed or report message, and every inline text part of a mixed one.
/// </summary>
internal static class BodySelector
{
    // The article's HTML is sanitized on display; here only its text matters, read by the same renderer.
    private static readonly AllowListHtmlSanitizer HtmlText = new();

    public static (string Text, string? Html, IReadOnlyList<MimeAttachment> Attachments) Select(MimeEntity root)
    {
        var body = new BodyParts();
        Visit(root, body, inRelated: false);
        string text = string.Join("\n", body.Texts);
        string? html = body.Htmls.Count == 0 ? null : string.Join("\n", body.Htmls);
        if (string.IsNullOrWhiteSpace(text) && html is not null)
        {
            text = HtmlText.ToPlainText(html);
        }

        return (text, html, body.Attachments);
    }

    private static void Visit(MimeEntity entity, BodyParts body, bool inRelated)
    {
        if (entity.Children.Count == 0)
        {
            VisitLeaf(entity, body, inRelated);
            return;
        }

        if (!body.AcceptsBody)
        {
            foreach (var child in entity.Children)
            {
                Visit(child, body, inRelated);
            }

            return;
        }

        switch (entity.ContentType.MediaSubtype)
        {
            case "alternative":
                VisitAlternative(entity, body);
                break;
            case "related":
                var root = RelatedRoot(entity);
                Visit(root, body, inRelated: false);
                foreach (var child in entity.Children.Where(child => child != root))
                {
                    Visit(child, body.AttachmentsOnly(), inRelated: true);
                }

                break;
            case "signed" or "report":
                Visit(entity.Children[0], body, inRelated: false);
                foreach (var child in entity.Children.Skip(1))
                {
                    Visit(child, body.AttachmentsOnly(), inRelated: false);
                }

                break;
            case "encrypted":
                foreach (var child in entity.Children)
                {
                    Visit(child, body.AttachmentsOnly(), inRelated: false);
                }

                break;
            default:
                foreach (var child in entity.Children)
                {
                    Visit(child, body, inRelated: false);
                }

                break;
        }
    }

    // Each alternative is read on its own; the first with text and the last (richest) with HTML win,
    // and no alternative's attachments (Outlook puts the invite's text/calendar there) are dropped.
    private static void VisitAlternative(MimeEntity entity, BodyParts body)
    {
        var alternatives = entity.Children.Where(child => !IsOtherRendering(child)).Select(child =>
        {
            var parts = new BodyParts();
            Visit(child, parts, inRelated: false);
            return parts;
        }).ToList();

        var withText = alternatives.FirstOrDefault(parts => parts.Texts.Exists(text => !string.IsNullOrWhiteSpace(text)))
            ?? alternatives.FirstOrDefault(parts => parts.Texts.Count > 0);
        body.Texts.AddRange(withText?.Texts ?? []);
        body.Htmls.AddRange(alternatives.LastOrDefault(parts => parts.Htmls.Count > 0)?.Htmls ?? []);
        foreach (var parts in alternatives)
        {
            body.Attachments.AddRange(parts.Attachments);
        }
    }

    private static void VisitLeaf(MimeEntity entity, BodyParts body, bool inRelated)
    {
        // A multipart without parts carries nothing; one kept raw below the depth limit still has its bytes.
        if (entity.ContentType.IsMultipart && entity.Content.IsEmpty)
        {
            return;
        }

        bool bodyCandidate = body.AcceptsBody && entity.Text is not null && entity.FileName is null
            && entity.Disposition?.IsAttachment != true;
        if (bodyCandidate && entity.ContentType.Is("text/plain"))
        {
            body.Texts.Add(PlainText(entity));
        }
        else if (bodyCandidate && entity.ContentType.Is("text/html"))
        {
            body.Htmls.Add(entity.Text!);
        }
        else
        {
            bool inline = entity.Disposition?.IsInline ?? (inRelated || entity.ContentId is not null && entity.ContentType.MediaType == "image");
            body.Attachments.Add(new MimeAttachment(entity, inline));
        }
    }

    // Renderings such as text/enriched or Apple's text/watch-html repeat the body; a calendar invite does not.
    private static bool IsOtherRendering(MimeEntity alternative) =>
        alternative.Children.Count == 0 && alternative.ContentType.IsText && alternative.FileName is null
        && alternative.ContentType.MediaSubtype is not ("plain" or "html" or "calendar");

    private static string PlainText(MimeEntity entity)
    {
        var parameters = entity.ContentType.Parameters;
        return parameters.GetValueOrDefault("format")?.Equals("flowed", StringComparison.OrdinalIgnoreCase) == true
            ? FlowedText.Unflow(entity.Text!, parameters.GetValueOrDefault("delsp")?.Equals("yes", StringComparison.OrdinalIgnoreCase) == true)
            : entity.Text!;
    }

    // RFC 2387: the root is the part named by the start parameter, else the first.
    private static MimeEntity RelatedRoot(MimeEntity related)
    {
        string? start = related.ContentType.Parameters.GetValueOrDefault("start")?.Trim().Trim('<', '>');
        return (start is null ? null : related.Children.FirstOrDefault(child => child.ContentId == start)) ?? related.Children[0];
    }
}
