using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace GoTrs.Infrastructure.Html;

/// <summary>
/// The degraded path for documents the tree builder cannot handle in time: reads the token stream alone,
/// which costs linear time whatever the nesting, and keeps the text with a rough line structure.
/// </summary>
internal static class TokenTextExtractor
{
    public static string Extract(string html)
    {
        var text = new PlainTextBuilder();
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver)
        {
            SkipComments = true,
            SkipProcessingInstructions = true,
        };

        string? skipped = null;
        int skippedDepth = 0;
        int preformattedDepth = 0;
        while (true)
        {
            var token = tokenizer.Get();
            switch (token.Type)
            {
                case HtmlTokenType.EndOfFile:
                    return text.ToString();
                case HtmlTokenType.Character when skipped is null:
                    text.AppendText(token.Data, preformattedDepth > 0);
                    break;
                case HtmlTokenType.StartTag:
                    string name = token.Name;
                    SwitchToRawText(tokenizer, name);
                    bool opens = !IsVoid(name) && !((HtmlTagToken)token).IsSelfClosing;
                    if (skipped is not null)
                    {
                        skippedDepth += opens && name == skipped ? 1 : 0;
                    }
                    else if (opens && HtmlPolicy.DroppedWithContent.Contains(name))
                    {
                        (skipped, skippedDepth) = (name, 1);
                    }
                    else
                    {
                        preformattedDepth += opens && PlainTextLayout.Preformatted.Contains(name) ? 1 : 0;
                        Start(text, name);
                    }

                    break;
                case HtmlTokenType.EndTag:
                    if (skipped is not null)
                    {
                        skipped = token.Name == skipped && --skippedDepth == 0 ? null : skipped;
                    }
                    else
                    {
                        preformattedDepth -= preformattedDepth > 0 && PlainTextLayout.Preformatted.Contains(token.Name) ? 1 : 0;
                        End(text, token.Name);
                    }

                    break;
            }
        }
    }

    private static void Start(PlainTextBuilder text, string name)
    {
        switch (name)
        {
            case "br":
                text.LineBreak();
                break;
            case "li":
                text.StartListItem();
                break;
            default:
                PlainTextLayout.Boundary(text, name);
                break;
        }
    }

    private static void End(PlainTextBuilder text, string name)
    {
        if (name == "li")
        {
            text.EndListItem();
        }
        else
        {
            PlainTextLayout.Boundary(text, name);
        }
    }

    /// <summary>The tree builder normally switches the tokenizer for these; without it their text would be read as markup.</summary>
    private static void SwitchToRawText(HtmlTokenizer tokenizer, string name)
    {
        tokenizer.State = name switch
        {
            "script" => HtmlParseMode.Script,
            "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
            "textarea" or "title" => HtmlParseMode.RCData,
            "plaintext" => HtmlParseMode.Plaintext,
            _ => tokenizer.State,
        };
    }

    private static bool IsVoid(string name) => name is "area" or "base" or "basefont" or "bgsound" or "br" or "col"
        or "embed" or "frame" or "hr" or "image" or "img" or "input" or "keygen" or "link" or "meta" or "param"
        or "source" or "track" or "wbr";
}
