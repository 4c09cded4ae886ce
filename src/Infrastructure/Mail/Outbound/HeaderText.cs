using System.Text;
using GoTrs.Infrastructure.Mail.Mime;

namespace GoTrs.Infrastructure.Mail.Outbound;

/// <summary>Header values for outgoing mail: RFC 2047 encoded words, quoted parameters, folding at 78 columns.</summary>
internal static class HeaderText
{
    private const int EncodedChunkBytes = 39; // 52 base64 characters: an encoded word and its header name fit in 78 columns

    /// <summary>The value as is when it is printable ASCII, else UTF-8 "B" encoded words.</summary>
    public static string Encode(string value)
    {
        var clean = value.Replace("\r", "", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
        if (clean.All(c => c is >= ' ' and <= '~')) return clean;
        var words = new List<string>();
        var chunk = new StringBuilder();
        foreach (var rune in clean.EnumerateRunes())
        {
            if (Encoding.UTF8.GetByteCount(chunk.ToString()) + rune.Utf8SequenceLength > EncodedChunkBytes)
            {
                words.Add(Word(chunk.ToString()));
                chunk.Clear();
            }
            chunk.Append(rune.ToString());
        }
        if (chunk.Length > 0) words.Add(Word(chunk.ToString()));
        return string.Join(" ", words);
    }

    /// <summary>
    /// The mailboxes of one entry (a mailbox or a whole list, read by the parser that reads received mail) as
    /// <c>"Name" &lt;addr&gt;</c>, the display name encoded when it needs to be.
    /// </summary>
    public static IEnumerable<string> Mailboxes(string entry) =>
        AddressListParser.Parse(entry, new ProblemLog()).Select(Mailbox);

    private static string Mailbox(MailboxAddress mailbox)
    {
        var name = mailbox.DisplayName?.Trim() ?? "";
        if (name.Length == 0) return mailbox.Address;
        var encoded = Encode(name);
        return encoded == name ? $"{Quoted(name)} <{mailbox.Address}>" : $"{encoded} <{mailbox.Address}>";
    }

    /// <summary>A MIME parameter value: quoted ASCII, or an encoded word (what mail clients read) for other names.</summary>
    public static string Parameter(string value)
    {
        var encoded = Encode(value);
        return encoded == value ? Quoted(value) : $"\"{encoded}\"";
    }

    private static string Quoted(string value) =>
        $"\"{value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"";

    /// <summary>Breaks a long value at spaces so no line exceeds 78 characters where that is possible.</summary>
    public static string Fold(string value, int used)
    {
        if (used + value.Length <= 78) return value;
        var result = new StringBuilder();
        var column = used;
        var lineStart = true;
        foreach (var word in value.Split(' '))
        {
            if (!lineStart && column + 1 + word.Length > 78)
            {
                result.Append("\r\n ");
                column = 1;
            }
            else if (!lineStart)
            {
                result.Append(' ');
                column++;
            }
            result.Append(word);
            column += word.Length;
            lineStart = false;
        }
        return result.ToString();
    }

    private static string Word(string text) => $"=?UTF-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes(text))}?=";
}
