using System.Text;
using AngleSharp.Dom;

namespace GoTrs.Infrastructure.Html;

/// <summary>
/// Writes the allowed part of a parsed tree as an HTML fragment. It serialises itself instead of editing the
/// DOM and calling InnerHtml: only allow-listed names ever reach the output, every text and value is escaped
/// here, and the walk uses an explicit stack, so a deep tree cannot overflow the call stack.
/// </summary>
internal sealed class SanitizedHtmlWriter
{
    private readonly StringBuilder _output = new();
    private readonly Stack<Step> _steps = new();
    private readonly List<(string Name, string Value)> _attributes = [];

    private SanitizedHtmlWriter()
    {
    }

    public static string Write(IElement root)
    {
        var writer = new SanitizedHtmlWriter();
        writer.PushChildren(root);
        writer.Run();
        return writer._output.ToString();
    }

    private void Run()
    {
        while (_steps.TryPop(out var step))
        {
            if (step.EndTag is not null)
            {
                _output.Append("</").Append(step.EndTag).Append('>');
                continue;
            }

            switch (step.Node)
            {
                case IText text:
                    HtmlEscaper.AppendText(_output, text.Data);
                    break;
                case IElement element:
                    Visit(element);
                    break;

                // Comments (conditional comments included), processing instructions and doctypes are dropped.
            }
        }
    }

    private void Visit(IElement element)
    {
        if (!HtmlPolicy.IsHtml(element) || HtmlPolicy.DroppedWithContent.Contains(element.LocalName))
        {
            return;
        }

        if (!HtmlPolicy.Elements.TryGetValue(element.LocalName, out var rule) || !TryWriteStartTag(element, rule))
        {
            PushChildren(element);
            return;
        }

        if (HtmlPolicy.VoidElements.Contains(rule.OutputName))
        {
            return;
        }

        // A parser drops one newline right after <pre>; doubling it keeps a leading blank line of the content.
        if (rule.OutputName == "pre" && element.FirstChild is IText { Data: ['\n', ..] })
        {
            _output.Append('\n');
        }

        _steps.Push(new Step(null, rule.OutputName));
        PushChildren(element);
    }

    private bool TryWriteStartTag(IElement element, ElementRule rule)
    {
        _attributes.Clear();
        foreach (var attribute in element.Attributes)
        {
            if (attribute.NamespaceUri is not null)
            {
                continue;
            }

            string name = attribute.LocalName;
            if (!rule.Attributes.TryGetValue(name, out var kind) && !HtmlPolicy.GlobalAttributes.TryGetValue(name, out kind))
            {
                continue;
            }

            if (AttributeValueFilter.Filter(kind, attribute.Value) is { } value)
            {
                _attributes.Add((name, value));
            }
        }

        if (rule.RequiredAttribute is { } required && !_attributes.Exists(a => a.Name == required))
        {
            return false;
        }

        _output.Append('<').Append(rule.OutputName);
        foreach (var (name, value) in _attributes)
        {
            _output.Append(' ').Append(name).Append("=\"");
            HtmlEscaper.AppendAttributeValue(_output, value).Append('"');
        }

        if (rule.IsLink)
        {
            // Opened away from the help desk, without handing it the opener or the referrer.
            _output.Append(" rel=\"noopener noreferrer\" target=\"_blank\"");
        }

        _output.Append('>');
        return true;
    }

    private void PushChildren(INode node)
    {
        var children = node.ChildNodes;
        for (int i = children.Length - 1; i >= 0; i--)
        {
            _steps.Push(new Step(children[i], null));
        }
    }

    private readonly record struct Step(INode? Node, string? EndTag);
}
