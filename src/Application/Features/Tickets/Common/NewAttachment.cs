namespace GoTrs.Application.Features.Tickets.Common;

/// <summary>A file sent with a new article (multipart part or base64 JSON).</summary>
public sealed record NewAttachment(string FileName, string ContentType, byte[] Content, string? ContentId = null, bool Inline = false);
