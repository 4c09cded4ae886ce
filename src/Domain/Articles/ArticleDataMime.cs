using GoTrs.Domain.Common;

namespace GoTrs.Domain.Articles;

/// <summary>The headers and body of a MIME article (e-mail, phone, internal note). One row per article by convention.</summary>
public sealed class ArticleDataMime : AuditedEntity
{
    public long Id { get; set; }
    public long ArticleId { get; set; }
    public string? From { get; set; }
    public string? ReplyTo { get; set; }
    public string? To { get; set; }
    public string? Cc { get; set; }
    public string? Bcc { get; set; }
    public string? Subject { get; set; }
    public string? MessageId { get; set; }

    /// <summary>MD5 hex of <see cref="MessageId"/> (angle brackets included); follow-up lookups search by it.</summary>
    public string? MessageIdMd5 { get; set; }
    public string? InReplyTo { get; set; }
    public string? References { get; set; }
    public string? ContentType { get; set; }
    public string? Body { get; set; }

    /// <summary>Unix seconds (see <see cref="EpochTime"/>).</summary>
    public int IncomingTimeEpoch { get; set; }

    /// <summary>"yyyy/MM/dd" folder of the file-system article storage.</summary>
    public string? ContentPath { get; set; }
}
