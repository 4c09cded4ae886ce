using System.Text;

namespace GoTrs.Infrastructure.Mail.Protocols.Imap;

/// <summary>
/// IMAP's modified UTF-7 for folder names (RFC 3501, section 5.1.3): printable ASCII stands for itself, "&amp;" is
/// "&amp;-", and anything else is UTF-16 in base64 with "," for "/" between "&amp;" and "-".
/// </summary>
public static class ModifiedUtf7
{
    public static string Encode(string name)
    {
        var encoded = new StringBuilder();
        for (var i = 0; i < name.Length;)
        {
            if (name[i] is >= ' ' and <= '~')
            {
                encoded.Append(name[i] == '&' ? "&-" : name[i].ToString());
                i++;
                continue;
            }

            var end = i;
            while (end < name.Length && name[end] is < ' ' or > '~') end++;
            var utf16 = Encoding.BigEndianUnicode.GetBytes(name[i..end]);
            encoded.Append('&').Append(Convert.ToBase64String(utf16).TrimEnd('=').Replace('/', ',')).Append('-');
            i = end;
        }

        return encoded.ToString();
    }

    public static string Decode(string encoded)
    {
        var name = new StringBuilder();
        for (var i = 0; i < encoded.Length; i++)
        {
            if (encoded[i] != '&')
            {
                name.Append(encoded[i]);
                continue;
            }

            var end = encoded.IndexOf('-', i + 1);
            if (end < 0) throw new FormatException($"Unterminated shift in folder name '{encoded}'.");
            var base64 = encoded[(i + 1)..end].Replace(',', '/');
            if (base64.Length == 0) name.Append('&');
            else name.Append(Encoding.BigEndianUnicode.GetString(Convert.FromBase64String(base64.PadRight((base64.Length + 3) / 4 * 4, '='))));
            i = end;
        }

        return name.ToString();
    }
}
