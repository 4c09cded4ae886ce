using System.Text;

namespace GoTrs.Infrastructure.Mail.Protocols.Imap;

/// <summary>
/// Reads IMAP data (RFC 3501, section 9) out of a framed response, walking from a line into the literal it
/// announced and on into the next line, so a list may contain any number of literals.
/// </summary>
internal sealed class ImapParser
{
    private readonly ImapResponse _response;
    private int _line;
    private int _offset;

    private ImapParser(ImapResponse response, int offset)
    {
        _response = response;
        _offset = offset;
    }

    private ReadOnlySpan<byte> Line => _response.Lines[_line];

    /// <summary>The value after the first <paramref name="words"/> words of the first line, e.g. 3 for <c>* 4 FETCH (…)</c>.</summary>
    public static ImapValue ValueAfter(ImapResponse response, int words)
    {
        var line = response.Lines[0].AsSpan();
        var offset = 0;
        for (var i = 0; i < words; i++)
        {
            var space = line[offset..].IndexOf((byte)' ');
            if (space < 0) throw Malformed(response);
            offset += space + 1;
        }

        return new ImapParser(response, offset).ReadValue();
    }

    private ImapValue ReadValue()
    {
        while (_offset < Line.Length && Line[_offset] == (byte)' ') _offset++;
        if (_offset >= Line.Length) throw Malformed(_response);
        return Line[_offset] switch
        {
            (byte)'(' => ReadList(),
            (byte)'"' => ReadQuoted(),
            (byte)'{' or (byte)'~' => ReadLiteral(),
            (byte)')' => throw Malformed(_response),
            _ => ReadAtom(),
        };
    }

    private ImapList ReadList()
    {
        _offset++;
        var items = new List<ImapValue>();
        while (true)
        {
            while (_offset < Line.Length && Line[_offset] == (byte)' ') _offset++;
            if (_offset < Line.Length && Line[_offset] == (byte)')')
            {
                _offset++;
                return new ImapList(items);
            }

            items.Add(ReadValue());
        }
    }

    private ImapString ReadQuoted()
    {
        var bytes = new List<byte>();
        for (_offset++; _offset < Line.Length; _offset++)
        {
            var c = Line[_offset];
            if (c == (byte)'"')
            {
                _offset++;
                return new ImapString([.. bytes]);
            }

            if (c == (byte)'\\' && _offset + 1 < Line.Length) c = Line[++_offset];
            bytes.Add(c);
        }

        throw Malformed(_response);
    }

    private ImapString ReadLiteral()
    {
        // The reader only frames a literal where a line ends in its announcement, so one must end this line.
        if (ImapResponseReader.LiteralSize(Line[_offset..]) < 0 || _line >= _response.Literals.Count) throw Malformed(_response);
        var literal = _response.Literals[_line];
        _line++;
        _offset = 0;
        return new ImapString(literal);
    }

    private ImapValue ReadAtom()
    {
        var start = _offset;
        var depth = 0;
        for (; _offset < Line.Length; _offset++)
        {
            var c = Line[_offset];
            if (c == (byte)'[') depth++;
            else if (c == (byte)']' && depth > 0) depth--;
            else if (depth == 0 && c is (byte)' ' or (byte)'(' or (byte)')') break;
        }

        var atom = Encoding.UTF8.GetString(Line[start.._offset]);
        return atom.Equals("NIL", StringComparison.OrdinalIgnoreCase) ? ImapNil.Instance : new ImapAtom(atom);
    }

    private static MailboxProtocolException Malformed(ImapResponse response) =>
        new($"The IMAP server sent malformed data: '{ServerText.Printable(response.Lines[0])}'.");
}
