using System.Globalization;

namespace GoTrs.Infrastructure.Mail.Protocols.Imap;

/// <summary>The data items of one <c>* n FETCH (…)</c> response, by upper-case item name.</summary>
internal sealed class ImapFetch
{
    private readonly Dictionary<string, ImapValue> _items;

    private ImapFetch(Dictionary<string, ImapValue> items) => _items = items;

    public uint? Uid => _items.GetValueOrDefault("UID") is ImapAtom atom
        && uint.TryParse(atom.Text, CultureInfo.InvariantCulture, out var uid) ? uid : null;

    public long? Size => _items.GetValueOrDefault("RFC822.SIZE") is ImapAtom atom
        && long.TryParse(atom.Text, CultureInfo.InvariantCulture, out var size) ? size : null;

    public byte[]? Body => (_items.GetValueOrDefault("BODY[]") as ImapString)?.Bytes;

    public bool HasFlag(string flag) => _items.GetValueOrDefault("FLAGS") is ImapList flags
        && flags.Items.Any(item => item is ImapAtom atom && atom.Text.Equals(flag, StringComparison.OrdinalIgnoreCase));

    /// <summary>Every FETCH among a command's untagged responses; other data (EXISTS, FLAGS, …) is skipped.</summary>
    public static IEnumerable<ImapFetch> All(IEnumerable<ImapResponse> untagged) =>
        untagged.Where(response => response is { Keyword: "FETCH", Number: not null }).Select(Parse);

    private static ImapFetch Parse(ImapResponse response)
    {
        if (ImapParser.ValueAfter(response, 3) is not ImapList list || list.Items.Count % 2 != 0)
            throw new MailboxProtocolException($"The IMAP server sent a malformed FETCH: '{ServerText.Printable(response.Lines[0])}'.");
        var items = new Dictionary<string, ImapValue>(StringComparer.Ordinal);
        for (var i = 0; i < list.Items.Count; i += 2)
        {
            if (list.Items[i] is ImapAtom name) items[name.Text.ToUpperInvariant()] = list.Items[i + 1];
        }

        return new ImapFetch(items);
    }
}
