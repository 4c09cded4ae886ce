using System.Text;

namespace GoTrs.Infrastructure.Mail.Mime;

/// <summary>
/// Collects the words, angle address and comment of one mailbox while <see cref="AddressListParser"/> scans,
/// and decides what they mean when a separator ends the mailbox.
/// </summary>
internal sealed class MailboxScanner(ProblemLog problems)
{
    /// <summary>How a problem about words in an address list that name no mailbox begins.</summary>
    public const string NotAnAddress = "no address in";

    private readonly List<(string Text, bool Quoted)> _words = [];
    private (string Word, string? Group)? _pendingLocalPart;

    public string? Angle { get; set; }

    public string? Comment { get; set; }

    public bool CanStartGroup => _words.Count > 0 && Angle is null && !_words.Exists(word => word.Text.Contains('@', StringComparison.Ordinal));

    public void AddWord(string text, bool quoted) => _words.Add((text, quoted));

    public string? TakePhrase()
    {
        string? phrase = Phrase(_words.Count);
        Reset();
        return phrase;
    }

    public void Flush(List<MailboxAddress> result, string? group)
    {
        if (Angle is not null)
        {
            string? name = Phrase(_words.Count) ?? Comment;
            if (_pendingLocalPart is { } pending)
            {
                // "Smith, John <j@example.com>": an unquoted name with a comma, not two mailboxes.
                name = name is null ? pending.Word : $"{pending.Word}, {name}";
                _pendingLocalPart = null;
            }

            if (Angle.Length > 0)
            {
                result.Add(new MailboxAddress(name, Angle, group));
            }
            else
            {
                problems.Add($"{NotAnAddress} '{name}' <>");
            }
        }
        else if (_words.Count > 0)
        {
            FlushPendingLocalPart(result);
            FlushBare(result, group);
        }

        Reset();
    }

    public void FlushPendingLocalPart(List<MailboxAddress> result)
    {
        if (_pendingLocalPart is { } pending)
        {
            result.Add(new MailboxAddress(null, pending.Word, pending.Group));
            _pendingLocalPart = null;
        }
    }

    private void FlushBare(List<MailboxAddress> result, string? group)
    {
        // Obsolete spacing around '@' ("john @ example.com"): the words together are the address.
        if (_words.Exists(word => !word.Quoted && (word.Text.StartsWith('@') || word.Text.EndsWith('@'))))
        {
            result.Add(new MailboxAddress(Comment, string.Concat(_words.Select(Spelled)), group));
            return;
        }

        int at = _words.FindLastIndex(word => !word.Quoted && word.Text.Contains('@', StringComparison.Ordinal));
        if (at >= 0)
        {
            result.Add(new MailboxAddress(Phrase(at) ?? Comment, _words[at].Text, group));
            return;
        }

        if (_words.Count == 1 && !_words[0].Quoted)
        {
            _pendingLocalPart = (_words[0].Text, group);
            if (Comment is not null)
            {
                result.Add(new MailboxAddress(Comment, _words[0].Text, group));
                _pendingLocalPart = null;
            }

            return;
        }

        problems.Add($"{NotAnAddress} '{string.Join(" ", _words.Select(Spelled))}'");
    }

    private string? Phrase(int count)
    {
        if (count == 0)
        {
            return null;
        }

        var phrase = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            phrase.Append(i == 0 ? string.Empty : " ").Append(_words[i].Text);
        }

        string decoded = EncodedWords.Decode(phrase.ToString(), problems).Trim();
        return decoded.Length == 0 ? null : decoded;
    }

    private static string Spelled((string Text, bool Quoted) word) => word.Quoted ? $"\"{word.Text}\"" : word.Text;

    private void Reset()
    {
        _words.Clear();
        Angle = null;
        Comment = null;
    }
}
