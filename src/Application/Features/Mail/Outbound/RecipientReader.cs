using GoTrs.Application.Common.Exceptions;
using GoTrs.Application.Common.Interfaces;
using GoTrs.Application.Features.Mail.Common;
using GoTrs.Application.Features.Tickets.Common;

namespace GoTrs.Application.Features.Mail.Outbound;

/// <summary>Who an agent's mail goes to: each entry one mailbox, as <c>"Name" &lt;address&gt;</c> or a bare address.</summary>
public sealed record Recipients(IReadOnlyList<string> To, IReadOnlyList<string> Cc, IReadOnlyList<string> Bcc);

/// <summary>
/// Reads the <c>to</c>, <c>cc</c> and <c>bcc</c> an agent typed as RFC 5322 address lists (quoted names with commas,
/// encoded words, groups) and reports every entry that is no deliverable address as a field error.
/// </summary>
public sealed class RecipientReader(IAddressListParser addresses)
{
    /// <param name="defaultTo">The customer's mailbox, used when the input gives no <c>to</c>.</param>
    /// <param name="fieldPrefix">Where the fields sit in the request ("" or "article.").</param>
    public Recipients Read(ArticleInput input, string? defaultTo, string fieldPrefix, FieldErrors errors)
    {
        var to = Mailboxes(input.To ?? defaultTo, fieldPrefix + "to", errors);
        var cc = Mailboxes(input.Cc, fieldPrefix + "cc", errors);
        var bcc = Mailboxes(input.Bcc, fieldPrefix + "bcc", errors);
        if (to.Count == 0 && !errors.Any) errors.Add(fieldPrefix + "to", "The ticket has no customer e-mail address: give 'to'.");
        return new Recipients(to, cc, bcc);
    }

    private List<string> Mailboxes(string? list, string field, FieldErrors errors)
    {
        var parsed = addresses.Parse(list);
        foreach (var problem in parsed.Problems) errors.Add(field, $"Not an e-mail address list: {problem}.");
        var result = new List<string>();
        foreach (var mailbox in parsed.Mailboxes)
        {
            if (Contact.IsAddress(mailbox.Address)) result.Add(mailbox.ToString());
            else errors.Add(field, $"'{mailbox.Address}' is not an e-mail address.");
        }
        return result;
    }
}
