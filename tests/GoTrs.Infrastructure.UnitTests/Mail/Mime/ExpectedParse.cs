using System.Text.Json;

namespace GoTrs.Infrastructure.UnitTests.Mail.Mime;

/// <summary>
/// A corpus message's <c>.expected.json</c>. Optional members (null) are not checked; MessageId and InReplyTo
/// are always checked, null meaning the message has none.
/// </summary>
internal sealed record ExpectedParse(
    string Subject,
    string? From,
    string? FromName,
    int ToCount,
    int? CcCount,
    string? MessageId,
    string? InReplyTo,
    int ReferencesCount,
    DateTimeOffset? Date,
    string TextStartsWith,
    IReadOnlyList<string>? TextContains,
    bool HtmlPresent,
    IReadOnlyList<ExpectedAttachment> Attachments,
    bool HasProblems,
    IReadOnlyList<string>? ProblemContains,
    string? AutoSubmitted,
    string? Precedence,
    string? ListId,
    string? XLoop)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow };

    public static ExpectedParse Load(string path) =>
        JsonSerializer.Deserialize<ExpectedParse>(File.ReadAllText(path), Options)
        ?? throw new InvalidDataException($"{path} holds no expectation.");
}

internal sealed record ExpectedAttachment(string? FileName, string ContentType, int Size, string? ContentId, bool? Inline, string? MessageSubject);
