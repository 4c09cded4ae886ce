using System.Text;

namespace GoTrs.Infrastructure.Html;

/// <summary>
/// Accumulates readable text: whitespace collapses as a browser would, block boundaries become line breaks
/// that merge instead of piling up, and lines inside quotes get the usual "> " prefix.
/// </summary>
internal sealed class PlainTextBuilder
{
    private const int MaxPrefixDepth = 16;

    private readonly StringBuilder _text = new();
    private int _pendingBreaks;
    private bool _pendingSpace;
    private int _trailingNewlines;
    private bool _atLineStart = true;
    private int _quoteDepth;
    private int _listDepth;
    private string? _pendingMarker;

    public int Length => _text.Length;

    public string TextSince(int start) => _text.ToString(start, _text.Length - start);

    /// <summary>Asks for at least <paramref name="lines"/> line ends before the next text (2 = blank line).</summary>
    public void RequestBreak(int lines)
    {
        if (_text.Length > 0)
        {
            _pendingBreaks = Math.Max(_pendingBreaks, lines);
        }
    }

    /// <summary>A br: unlike a block boundary it always adds a line, so two in a row leave a blank line.</summary>
    public void LineBreak()
    {
        FlushBreaks();
        NewLine();
    }

    public void SeparateWords() => _pendingSpace = true;

    public void EnterQuote()
    {
        RequestBreak(1);
        _quoteDepth++;
    }

    public void LeaveQuote()
    {
        RequestBreak(1);
        _quoteDepth = Math.Max(0, _quoteDepth - 1);
    }

    public void EnterList() => _listDepth++;

    public void LeaveList() => _listDepth = Math.Max(0, _listDepth - 1);

    /// <summary>The "- " marker is written with the item's first character, so empty items leave no stray dash.</summary>
    public void StartListItem()
    {
        RequestBreak(1);
        int indent = Math.Min(Math.Max(_listDepth - 1, 0), MaxPrefixDepth);
        _pendingMarker = new string(' ', indent * 2) + "- ";
    }

    public void EndListItem()
    {
        _pendingMarker = null;
        RequestBreak(1);
    }

    public void AppendText(string text, bool preformatted)
    {
        foreach (char c in text)
        {
            if (preformatted)
            {
                if (c == '\n')
                {
                    LineBreak();
                }
                else if (c != '\r')
                {
                    Write(c == '\u00A0' ? ' ' : c);
                }

                continue;
            }

            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                _pendingSpace = true;
                continue;
            }

            Write(c == '\u00A0' ? ' ' : c);
        }
    }

    /// <summary>Text taken literally (a list marker, a link target): no whitespace collapsing inside it.</summary>
    public void Append(string literal)
    {
        foreach (char c in literal)
        {
            Write(c);
        }
    }

    public override string ToString()
    {
        var result = new StringBuilder(_text.Length);
        bool blankPending = false;
        foreach (var line in _text.ToString().Split('\n'))
        {
            var trimmed = line.AsSpan().TrimEnd();
            if (trimmed.IsEmpty)
            {
                blankPending = result.Length > 0;
                continue;
            }

            if (result.Length > 0)
            {
                result.Append(blankPending ? "\n\n" : "\n");
            }

            result.Append(trimmed);
            blankPending = false;
        }

        return result.ToString();
    }

    private void Write(char c)
    {
        FlushBreaks();
        if (_pendingMarker is not null && !_atLineStart)
        {
            NewLine();
        }

        if (_atLineStart)
        {
            for (int i = 0; i < Math.Min(_quoteDepth, MaxPrefixDepth); i++)
            {
                _text.Append("> ");
            }

            _text.Append(_pendingMarker);
            _pendingMarker = null;
        }
        else if (_pendingSpace && _text[^1] != ' ')
        {
            _text.Append(' ');
        }

        _pendingSpace = false;
        _text.Append(c);
        _atLineStart = false;
        _trailingNewlines = 0;
    }

    private void FlushBreaks()
    {
        for (int i = _trailingNewlines; i < _pendingBreaks; i++)
        {
            NewLine();
        }

        _pendingBreaks = 0;
    }

    private void NewLine()
    {
        _text.Append('\n');
        _trailingNewlines++;
        _atLineStart = true;
        _pendingSpace = false;
    }
}
