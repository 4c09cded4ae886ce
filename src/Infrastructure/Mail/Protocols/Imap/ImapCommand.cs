using System.Text;

namespace GoTrs.Infrastructure.Mail.Protocols.Imap;

/// <summary>
/// A command line under construction. Arguments become atoms, quoted strings or literals as their content
/// requires, so a password with quotes, backslashes or non-ASCII characters reaches the server intact.
/// </summary>
internal sealed class ImapCommand
{
    private readonly List<ImapCommandPart> _parts = [];

    public ImapCommand(string text)
    {
        Name = text.Split(' ', 3) is ["UID", var verb, ..] ? "UID " + verb : text.Split(' ')[0];
        _parts.Add(new ImapCommandPart(ImapCommandPartKind.Text, Encoding.ASCII.GetBytes(text)));
    }

    /// <summary>The verb, for error messages: arguments may be secrets.</summary>
    public string Name { get; }

    public IReadOnlyList<ImapCommandPart> Parts => _parts;

    /// <summary>An astring: quoted when it is printable ASCII, else a literal of its UTF-8 bytes.</summary>
    public ImapCommand String(string value)
    {
        if (value.All(c => c is >= ' ' and <= '~'))
        {
            var quoted = "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
            _parts.Add(new ImapCommandPart(ImapCommandPartKind.Text, Encoding.ASCII.GetBytes(quoted)));
        }
        else
        {
            _parts.Add(new ImapCommandPart(ImapCommandPartKind.Literal, Encoding.UTF8.GetBytes(value)));
        }

        return this;
    }

    /// <summary>A line sent only once the server asks for it with a continuation (SASL responses).</summary>
    public ImapCommand AfterContinuation(string line)
    {
        _parts.Add(new ImapCommandPart(ImapCommandPartKind.AfterContinuation, Encoding.ASCII.GetBytes(line)));
        return this;
    }
}

internal enum ImapCommandPartKind
{
    Text,
    Literal,
    AfterContinuation,
}

internal readonly record struct ImapCommandPart(ImapCommandPartKind Kind, byte[] Bytes);
