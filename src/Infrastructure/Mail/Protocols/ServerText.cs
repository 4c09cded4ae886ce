using System.Text;

namespace GoTrs.Infrastructure.Mail.Protocols;

/// <summary>Server words quoted in exception messages: bounded, and without control characters that could forge log lines.</summary>
internal static class ServerText
{
    public static string Printable(ReadOnlySpan<byte> line)
    {
        var text = Encoding.UTF8.GetString(line[..Math.Min(line.Length, 200)]);
        return string.Concat(text.Select(c => char.IsControl(c) ? '?' : c));
    }
}
