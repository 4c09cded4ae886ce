using System.Text;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GoTrs.Infrastructure.Persistence;

/// <summary>
/// Binary LONGBLOB columns are text on PostgreSQL, where Znuny stores the bytes base64-encoded (wrapped at 76
/// characters on its side; decoding ignores the line breaks). Older Znuny wrote plain-mail bodies unencoded and
/// tells them apart by a space, which base64 never contains: such values are read back as their UTF-8 bytes.
/// </summary>
public sealed class Base64TextConverter() : ValueConverter<byte[], string>(
    bytes => Convert.ToBase64String(bytes),
    text => Decode(text))
{
    public static byte[] Decode(string text) =>
        text.Contains(' ') ? Encoding.UTF8.GetBytes(text) : Convert.FromBase64String(text);
}
