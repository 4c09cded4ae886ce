using GoTrs.Domain.Common;

namespace GoTrs.Domain.Articles;

/// <summary>An article channel (Email, Phone, Internal, Chat). <see cref="ChannelData"/> is YAML naming its data tables.</summary>
public sealed class CommunicationChannel : AuditedEntity
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
    public string Module { get; set; } = "";
    public string PackageName { get; set; } = "";
    public string ChannelData { get; set; } = "";
    public int ValidId { get; set; } = Validity.Valid;
}
