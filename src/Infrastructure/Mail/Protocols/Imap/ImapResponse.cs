using System.Text;

namespace GoTrs.Infrastructure.Mail.Protocols.Imap;

/// <summary>
/// One server response as framed on the wire: its lines, and after each line that announced one, a literal.
/// Line <c>i</c> is followed by <c>Literals[i]</c>; the last line has none.
/// </summary>
internal sealed class ImapResponse
{
    public ImapResponse(IReadOnlyList<byte[]> lines, IReadOnlyList<byte[]> literals)
    {
        Lines = lines;
        Literals = literals;
        var first = Encoding.UTF8.GetString(lines[0]);
        var space = first.IndexOf(' ', StringComparison.Ordinal);
        Tag = space < 0 ? first : first[..space];
        Rest = space < 0 ? "" : first[(space + 1)..];
        var words = Rest.Split(' ', 3);
        Number = uint.TryParse(words[0], out var number) ? number : null;
        Keyword = (Number is null ? words[0] : words.ElementAtOrDefault(1) ?? "").ToUpperInvariant();
    }

    public IReadOnlyList<byte[]> Lines { get; }

    public IReadOnlyList<byte[]> Literals { get; }

    /// <summary><c>*</c> for untagged data, <c>+</c> for a continuation request, else the command's tag.</summary>
    public string Tag { get; }

    /// <summary>The first line after the tag, e.g. <c>OK [UIDVALIDITY 3] ok</c> or <c>4 FETCH (…</c>.</summary>
    public string Rest { get; }

    /// <summary>The message number of <c>* 4 FETCH</c> or <c>* 4 EXISTS</c>.</summary>
    public uint? Number { get; }

    /// <summary>OK, NO, BAD, BYE, PREAUTH, CAPABILITY, FETCH, EXISTS, …, upper case.</summary>
    public string Keyword { get; }

    public bool IsUntagged => Tag == "*";

    public bool IsContinuation => Tag == "+";

    public ImapStatus Status() => ImapStatus.Parse(Rest);
}
