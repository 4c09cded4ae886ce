using AngleSharp.Dom;

namespace GoTrs.Infrastructure.Html;

/// <summary>
/// Renders a parsed tree as readable text. It skips what the sanitizer drops with its content, so script
/// bodies and style sheets never reach the search index, and walks with an explicit stack like the writer.
/// </summary>
internal sealed class PlainTextRenderer
{
    private readonly PlainTextBuilder _text = new();
    private readonly Stack<Step> _steps = new();
    private readonly Stack<(int Start, string? Url)> _links = new();
    private int _preformattedDepth;

    private PlainTextRenderer()
    {
    }

    public static string Render(IElement root)
    {
        var renderer = new PlainTextRenderer();
        renderer.PushChildren(root);
        renderer.Run();
        return renderer._text.ToString();
    }

    private void Run()
    {
        while (_steps.TryPop(out var step))
        {
            if (step.Leaving)
            {
                Leave((IElement)step.Node);
                continue;
            }

            switch (step.Node)
            {
                case IText text:
                    _text.AppendText(text.Data, _preformattedDepth > 0);
                    break;
                case IElement element when HtmlPolicy.IsHtml(element)
                    && !HtmlPolicy.DroppedWithContent.Contains(element.LocalName):
                    Enter(element);
                    _steps.Push(new Step(element, Leaving: true));
                    PushChildren(element);
                    break;
            }
        }
    }

    private void Enter(IElement element)
    {
        string name = element.LocalName;
        switch (name)
        {
            case "br":
                _text.LineBreak();
                return;
            case "img":
                _text.AppendText(element.GetAttribute("alt") ?? string.Empty, preformatted: false);
                return;
            case "li":
                _text.StartListItem();
                return;
            case "blockquote":
                _text.EnterQuote();
                return;
            case "a":
                _links.Push((_text.Length, DisplayedUrl(element.GetAttribute("href"))));
                return;
        }

        PlainTextLayout.Boundary(_text, name);
        if (PlainTextLayout.Lists.Contains(name))
        {
            _text.EnterList();
        }

        if (PlainTextLayout.Preformatted.Contains(name))
        {
            _preformattedDepth++;
        }
    }

    private void Leave(IElement element)
    {
        string name = element.LocalName;
        switch (name)
        {
            case "br" or "img":
                return;
            case "li":
                _text.EndListItem();
                return;
            case "blockquote":
                _text.LeaveQuote();
                return;
            case "a":
                AppendLinkTarget();
                return;
        }

        PlainTextLayout.Boundary(_text, name);
        if (PlainTextLayout.Lists.Contains(name))
        {
            _text.LeaveList();
        }

        if (PlainTextLayout.Preformatted.Contains(name))
        {
            _preformattedDepth--;
        }
    }

    private void AppendLinkTarget()
    {
        var (start, url) = _links.Pop();
        if (url is null)
        {
            return;
        }

        string text = _text.TextSince(start).Trim();
        if (LinkText.Names(text, url))
        {
            return;
        }

        _text.SeparateWords();
        _text.Append(text.Length == 0 ? url : "(" + url + ")");
    }

    /// <summary>Only absolute targets the sanitizer would keep are worth printing; anchors and relative paths are not.</summary>
    private static string? DisplayedUrl(string? href) =>
        href is not null && UrlFilter.Link(href) is { } url && UrlFilter.HasScheme(url) ? url : null;

    private void PushChildren(INode node)
    {
        var children = node.ChildNodes;
        for (int i = children.Length - 1; i >= 0; i--)
        {
            _steps.Push(new Step(children[i], Leaving: false));
        }
    }

    private readonly record struct Step(INode Node, bool Leaving);
}
