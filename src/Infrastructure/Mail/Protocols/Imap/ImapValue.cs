namespace GoTrs.Infrastructure.Mail.Protocols.Imap;

/// <summary>A parsed piece of IMAP data: atom, string (quoted or literal), NIL or parenthesised list.</summary>
internal abstract record ImapValue;

internal sealed record ImapAtom(string Text) : ImapValue;

internal sealed record ImapString(byte[] Bytes) : ImapValue;

internal sealed record ImapNil : ImapValue
{
    public static ImapNil Instance { get; } = new();
}

internal sealed record ImapList(IReadOnlyList<ImapValue> Items) : ImapValue;
