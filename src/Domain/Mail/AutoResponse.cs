using GoTrs.Domain.Common;

namespace GoTrs.Domain.Mail;

/// <summary>An automatic reply, sent from <see cref="SystemAddressId"/> (OTRS columns: text0 = response, text1 = subject).</summary>
public sealed class AutoResponse : NamedLookup
{
    public string? Response { get; set; }
    public string? Subject { get; set; }
    public int TypeId { get; set; }
    public int SystemAddressId { get; set; }
    public string? ContentType { get; set; }
    public string? Comments { get; set; }
}
