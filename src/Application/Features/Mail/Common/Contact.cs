namespace GoTrs.Application.Features.Mail.Common;

/// <summary>A display name and an address, written as a header would show them.</summary>
public sealed record Contact(string? DisplayName, string Address)
{
    public override string ToString() => string.IsNullOrWhiteSpace(DisplayName)
        ? Address
        : $"\"{DisplayName.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\" <{Address}>";

    /// <summary>The bare address of <c>Name &lt;addr&gt;</c> or <c>addr</c>.</summary>
    public static string AddressOf(string mailbox)
    {
        var open = mailbox.LastIndexOf('<');
        var close = mailbox.LastIndexOf('>');
        return open >= 0 && close > open ? mailbox[(open + 1)..close].Trim() : mailbox.Trim();
    }
}
