using GoTrs.Domain.Common;

namespace GoTrs.Domain.Mail;

/// <summary>When an auto response fires: "auto reply", "auto reject", "auto follow up", …</summary>
public sealed class AutoResponseType : NamedLookup
{
    public string? Comments { get; set; }
}
