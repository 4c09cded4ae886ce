using System.Text;

namespace GoTrs.Infrastructure.Mail.Mime;

/// <summary>
/// Reads address lists (RFC 5322 §3.4) the way they really arrive: groups, quoted and encoded-word display
/// names, the obsolete <c>addr (Name)</c> and route forms, Outlook's ';' separators, unquoted names with
/// commas missing, bare local parts such as MAILER-DAEMON.
/// </summary>
internal static class AddressListParser
{
    public static IReadOnlyList<MailboxAddress> Parse(string raw, ProblemLog problems)
    {
        var result = new List<MailboxAddress>();
        var mailbox = new MailboxScanner(problems);
        string? group = null;
        int i = 0;
        while (i < raw.Length)
        {
            char c = raw[i];
            switch (c)
            {
                case '"':
                    mailbox.AddWord(StructuredText.ReadQuoted(raw, ref i), quoted: true);
                    break;
                case '(':
                    string comment = StructuredText.ReadComment(raw, ref i).Trim();
                    mailbox.Comment ??= comment;
                    break;
                case '<':
                    mailbox.Angle = ReadAngle(raw, ref i);
                    break;
                case ',':
                    mailbox.Flush(result, group);
                    i++;
                    break;
                case ';':
                    mailbox.Flush(result, group);
                    group = null;
                    i++;
                    break;
                case ':' when group is null && mailbox.CanStartGroup:
                    group = mailbox.TakePhrase();
                    i++;
                    break;
                default:
                    if (char.IsWhiteSpace(c))
                    {
                        i++;
                    }
                    else
                    {
                        mailbox.AddWord(ReadAtom(raw, ref i), quoted: false);
                    }

                    break;
            }
        }

        mailbox.Flush(result, group);
        mailbox.FlushPendingLocalPart(result);
        return result;
    }

    // Inside <…> only the address matters: blanks and comments go, and an obsolete route (@a,@b:) is dropped.
    private static string ReadAngle(string raw, ref int i)
    {
        var address = new StringBuilder();
        i++;
        while (i < raw.Length && raw[i] != '>')
        {
            char c = raw[i];
            if (c == '"')
            {
                address.Append('"').Append(StructuredText.ReadQuoted(raw, ref i)).Append('"');
                continue;
            }

            if (c == '(')
            {
                StructuredText.ReadComment(raw, ref i);
                continue;
            }

            if (!char.IsWhiteSpace(c))
            {
                address.Append(c);
            }

            i++;
        }

        i = Math.Min(i + 1, raw.Length);
        string value = address.ToString();
        int routeEnd = value.StartsWith('@') ? value.IndexOf(':', StringComparison.Ordinal) : -1;
        value = routeEnd >= 0 ? value[(routeEnd + 1)..] : value;
        return value.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? value[7..] : value;
    }

    private static string ReadAtom(string raw, ref int i)
    {
        int start = i;
        while (i < raw.Length && !char.IsWhiteSpace(raw[i]) && raw[i] is not ('"' or '(' or '<' or ',' or ';' or ':'))
        {
            if (raw[i] == '[')
            {
                int close = raw.IndexOf(']', i);
                i = close < 0 ? raw.Length : close + 1;
                continue;
            }

            i++;
        }

        // A ':' that opens no group becomes a word of its own.
        if (i == start)
        {
            i++;
        }

        return raw[start..i];
    }
}
