namespace GoTrs.Infrastructure.Mail.Protocols.Imap;

/// <summary>
/// A status response, <c>OK|NO|BAD|BYE|PREAUTH [CODE args] text</c>. The text is free prose, so it is kept as a
/// string and never tokenised: a stray quote or parenthesis in it must not break parsing.
/// </summary>
internal sealed record ImapStatus(string Condition, string? Code, string Text)
{
    public bool IsOk => Condition == "OK";

    public static ImapStatus Parse(string rest)
    {
        var space = rest.IndexOf(' ', StringComparison.Ordinal);
        var condition = (space < 0 ? rest : rest[..space]).ToUpperInvariant();
        var text = space < 0 ? "" : rest[(space + 1)..];
        string? code = null;
        if (text.StartsWith('['))
        {
            var close = text.IndexOf(']', StringComparison.Ordinal);
            if (close > 0)
            {
                code = text[1..close];
                text = text[(close + 1)..].TrimStart();
            }
        }

        return new ImapStatus(condition, code, text.Length > 200 ? text[..200] : text);
    }

    /// <summary>The arguments of a response code such as <c>UIDVALIDITY 3857529045</c>, or null for another code.</summary>
    public string? CodeArguments(string name) =>
        Code is not null && Code.StartsWith(name + " ", StringComparison.OrdinalIgnoreCase) ? Code[(name.Length + 1)..] : null;
}
