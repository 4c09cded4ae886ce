namespace GoTrs.Application.Features.Mail.Common;

/// <summary>A display name and an address, written as a header would show them.</summary>
public sealed record Contact(string? DisplayName, string Address)
{
    public override string ToString() => string.IsNullOrWhiteSpace(DisplayName)
        ? Address
        : $"\"{DisplayName.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\" <{Address}>";

    /// <summary>Whether <paramref name="address"/> is a bare address mail can be sent to (local part, '@', domain).</summary>
    public static bool IsAddress(string? address) =>
        !string.IsNullOrWhiteSpace(address) && address.Contains('@', StringComparison.Ordinal)
        && System.Net.Mail.MailAddress.TryCreate(address, out var parsed)
        && parsed.Address == address && string.IsNullOrEmpty(parsed.DisplayName);

    /// <summary>The bare address of <c>Name &lt;addr&gt;</c> or <c>addr</c>.</summary>
    public static string AddressOf(string mailbox)
    {
        var open = mailbox.LastIndexOf('<');
        var close = mailbox.LastIndexOf('>');
        return open >= 0 && close > open ? mailbox[(open + 1)..close].Trim() : mailbox.Trim();
    }
}
