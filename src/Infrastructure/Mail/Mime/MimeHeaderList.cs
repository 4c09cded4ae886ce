using System.Collections;

namespace GoTrs.Infrastructure.Mail.Mime;

/// <summary>
/// The header fields of a message or part in their original order. Names compare case-insensitively and
/// may repeat (Received, duplicated To lines), so this is a list with lookups rather than a dictionary.
/// </summary>
public sealed class MimeHeaderList : IReadOnlyList<MimeHeader>
{
    public static readonly MimeHeaderList Empty = new([]);

    private readonly MimeHeader[] _headers;

    internal MimeHeaderList(MimeHeader[] headers) => _headers = headers;

    public int Count => _headers.Length;

    public MimeHeader this[int index] => _headers[index];

    /// <summary>The decoded value of the first field with this name, or null.</summary>
    public string? this[string name] => Get(name)?.Value;

    public MimeHeader? Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var header in _headers)
        {
            if (header.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return header;
            }
        }

        return null;
    }

    public IReadOnlyList<MimeHeader> GetAll(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Array.FindAll(_headers, header => header.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
    }

    public bool Contains(string name) => Get(name) is not null;

    public IEnumerator<MimeHeader> GetEnumerator() => ((IEnumerable<MimeHeader>)_headers).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
