using System.Buffers.Text;

namespace GoTrs.Infrastructure.Identity.Tokens;

/// <summary>
/// Decodes only canonical, unpadded base64url (RFC 7515 §2). The framework decoders tolerate padding and whitespace,
/// which would let one token be written several ways; a JWS segment has exactly one valid spelling.
/// </summary>
internal static class Base64UrlStrict
{
    public static bool TryDecode(ReadOnlySpan<char> text, out byte[] bytes)
    {
        bytes = [];
        if (text.Length % 4 == 1)
        {
            return false;
        }

        foreach (char c in text)
        {
            if (ValueOf(c) < 0)
            {
                return false;
            }
        }

        // The bits that do not fill a whole byte must be zero, otherwise two spellings decode to the same bytes.
        int unusedBitsMask = (text.Length % 4) switch
        {
            2 => 0x0F,
            3 => 0x03,
            _ => 0,
        };
        if (unusedBitsMask != 0 && (ValueOf(text[^1]) & unusedBitsMask) != 0)
        {
            return false;
        }

        bytes = Base64Url.DecodeFromChars(text);
        return true;
    }

    public static string Encode(ReadOnlySpan<byte> bytes) => Base64Url.EncodeToString(bytes);

    private static int ValueOf(char c) => c switch
    {
        >= 'A' and <= 'Z' => c - 'A',
        >= 'a' and <= 'z' => c - 'a' + 26,
        >= '0' and <= '9' => c - '0' + 52,
        '-' => 62,
        '_' => 63,
        _ => -1,
    };
}
