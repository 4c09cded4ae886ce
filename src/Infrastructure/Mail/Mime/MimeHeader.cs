namespace GoTrs.Infrastructure.Mail.Mime;

/// <summary>One header field as it appeared in the message.</summary>
/// <param name="Name">The field name as written (case preserved).</param>
/// <param name="RawValue">The unfolded value with encoded words left as they are.</param>
/// <param name="Value">The unfolded value with RFC 2047 encoded words decoded.</param>
public sealed record MimeHeader(string Name, string RawValue, string Value);
